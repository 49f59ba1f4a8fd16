"""The e-learning app's imports: none hidden inside functions, and no cycle among its modules.

Layers go models → services → views; a module that needs a higher layer takes it through an
argument or a registration (``elearning.routes.register``), never through an import inside a
function that would hide a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "elearning"

# (module, function): imports that cannot move to the module's top.
ALLOWED_FUNCTION_IMPORTS = {
    # Django imports apps.py before any model exists; ready() is where models may be imported.
    ("elearning.apps", "ready"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# The modules whose import graph must have no cycle.
MODULES = {
    module_name(path): path for path in sorted({*APP.glob("*.py"), *(APP / "models").glob("*.py")})
}


def app_modules() -> list[Path]:
    return sorted(
        path
        for path in APP.rglob("*.py")
        if not {"migrations", "demo"} & set(path.relative_to(APP).parts)
    )


def function_imports(tree: ast.AST) -> list[tuple[str, int]]:
    """(function, line) of each import inside a function, however deeply nested."""
    found = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, child.name)
            elif isinstance(child, ast.Import | ast.ImportFrom):
                if function is not None:
                    found.append((function, child.lineno))
            else:
                visit(child, function)

    visit(tree, None)
    return found


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_time_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports run when the module is imported: outside functions and ``if TYPE_CHECKING``."""
    found = []

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(node, ast.If) and is_type_checking(node):
                visit(node.orelse)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                found.append(node)
            else:
                visit(ast.iter_child_nodes(node))

    visit(tree.body)
    return found


def imported_modules(node: ast.Import | ast.ImportFrom, name: str, is_package: bool) -> set[str]:
    """Absolute names of the modules ``node`` imports, in module ``name``.

    ``from x import y`` imports module x.y if there is one, else (the attribute y of) x.
    """
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names}
    if node.level:
        package = name.split(".") if is_package else name.split(".")[:-1]
        base = package[: len(package) - (node.level - 1)]
        origin = ".".join(base + ([node.module] if node.module else []))
    else:
        origin = node.module or ""
    return {
        f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in MODULES else origin
        for alias in node.names
    }


def ancestors(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text(), str(path))
        targets = set()
        for node in import_time_imports(tree):
            for target in imported_modules(node, name, path.name == "__init__.py"):
                # Importing a.b.c runs a and a.b first, unless the importer is inside them: a
                # package's module runs while the package is being imported.
                targets |= {target} | (ancestors(target) - ancestors(name))
        graph[name] = {target for target in targets if target in MODULES and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_no_imports_inside_functions():
    hidden = []
    for path in app_modules():
        name = module_name(path)
        for function, line in function_imports(ast.parse(path.read_text(), str(path))):
            if (name, function) not in ALLOWED_FUNCTION_IMPORTS:
                hidden.append(f"{path.relative_to(APP.parent)}:{line} in {function}()")
    assert hidden == []


def test_no_import_cycle_among_app_modules():
    graph = import_graph()
    assert "elearning.models.pages" in graph
    assert cycles(graph) == []


def test_graph_sees_relative_imports_and_submodules():
    graph = import_graph()
    assert "elearning.models.glossary" in graph["elearning.models.pages"]
    assert "elearning.models.pages" in graph["elearning.models"]
    assert "elearning.admin_views" in graph["elearning.wagtail_hooks"]
    assert "elearning.models" in graph["elearning.wagtail_hooks"]  # from .models import …
    assert "elearning.models" not in graph["elearning.models.pages"]  # its own package
    assert {"elearning.quiz", "elearning.progress", "elearning.models"} <= graph["elearning.routes"]


def test_cycle_finder_finds_cycles():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert cycles({"a": {"a"}}) == []
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_function_imports_are_found_however_nested():
    tree = ast.parse(
        "import os\n"
        "def f():\n    if True:\n        import json\n"
        "class C:\n    def m(self):\n        from . import x\n"
    )
    assert function_imports(tree) == [("f", 4), ("m", 7)]
