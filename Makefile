# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
LANGS := pl en es

.PHONY: run test install install-test migrate messages compilemessages demo lint check ci-checks bench clean

$(BIN)/activate: requirements.txt
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(BIN)/activate

install: $(BIN)/activate

$(VENV)/.test-installed: $(BIN)/activate requirements-test.txt
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

install-test: $(VENV)/.test-installed install-varnish install-fonts
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
		( (apt-get install -y --no-install-recommends chromium || \
		   (apt-get update && apt-get install -y --no-install-recommends chromium)) \
		  || (sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium) )

# Varnish (Debian's package), for serve-prod and the HTTP cache's integration test.
.PHONY: install-varnish
install-varnish:
	@command -v varnishd >/dev/null 2>&1 || test -x /usr/sbin/varnishd || \
		( (apt-get install -y --no-install-recommends varnish || \
		   (apt-get update && apt-get install -y --no-install-recommends varnish)) \
		  || (sudo apt-get update && sudo apt-get install -y --no-install-recommends varnish) )

# DejaVu Sans (Debian's fonts-dejavu-core), embedded in PDF certificates for their Polish and
# Spanish letters; another font can be set with ZMP_CERTIFICATE_FONT(_BOLD) (certificates/pdf.py).
.PHONY: install-fonts
install-fonts:
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf || \
		( (apt-get install -y --no-install-recommends fonts-dejavu-core || \
		   (apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core)) \
		  || (sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-dejavu-core) )

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate compilemessages install-fonts
	$(MANAGE) load_demo
	$(MANAGE) update_index  # pages saved before search lemmatised their words

run: demo
	$(MANAGE) runserver 127.0.0.1:8000

# Runs background tasks (contact e-mails, password resets) stored in the database; beside
# `ZMP_TASK_WORKER=1 make run` in development, as a service of its own in production.
.PHONY: worker
worker: migrate
	ZMP_TASK_WORKER=1 $(MANAGE) delete_expired_records --schedule
	ZMP_TASK_WORKER=1 $(MANAGE) db_worker

# The production stack on 127.0.0.1: PostgreSQL database `zmp` (created, with the demo
# content, if missing), Redis, gunicorn, the task worker and Varnish in front
# (http://127.0.0.1:6180/). Settings: deploy/serve-prod.env. `make stop-prod` stops it.
.PHONY: serve-prod stop-prod
serve-prod: install compilemessages install-varnish install-fonts
	deploy/serve-prod

stop-prod:
	deploy/stop-prod

# Refresh the gettext catalogues after changing user-facing strings.
messages: install
	$(MANAGE) makemessages --ignore=.venv --ignore=static --ignore=media $(addprefix -l ,$(LANGS))

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install compilemessages
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

test: install-test compilemessages lint check
	$(BIN)/pytest

bench: install-test
	$(BIN)/python -m bench

# 100 advisors against gunicorn, production settings, PostgreSQL and Redis on 127.0.0.1
# (a throwaway database; see bench/load.py). Options: make bench-load LOAD_ARGS="--advisors 20"
.PHONY: bench-load
bench-load: install compilemessages
	$(BIN)/python -m bench.load $(LOAD_ARGS)

# Page weight in Chromium against the production stack (throwaway database, one gunicorn):
# total transfer < 300 KB, CSS < 30 KB, no render-blocking third-party resource, on the home
# page in pl/en/es and a news article, the course catalogue and a course, at 390×844 and
# 1280×900; exit 1 if a budget fails (see bench/page_weight.py).
# Options: make bench-weight WEIGHT_ARGS="--resources"
.PHONY: bench-weight
bench-weight: install-test compilemessages
	$(BIN)/python -m bench.page_weight $(WEIGHT_ARGS)

# Page speed of the production stack: the app alone, through Varnish, nginx serving the same
# HTML, SQL per page, worker memory, publish-to-visible and a failover (see bench/pages.py).
# Options: make bench-pages PAGES_ARGS="--news 200 --seconds 10"
.PHONY: bench-pages install-bench-tools
bench-pages: install compilemessages install-varnish install-bench-tools
	$(BIN)/python -m bench.pages $(PAGES_ARGS)

# wrk (the load generator) and nginx (the static-file baseline), Debian's packages.
install-bench-tools:
	@(command -v wrk >/dev/null 2>&1 && (command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx)) || \
		( (apt-get install -y --no-install-recommends wrk nginx-light || \
		   (apt-get update && apt-get install -y --no-install-recommends wrk nginx-light)) \
		  || (sudo apt-get update && sudo apt-get install -y --no-install-recommends wrk nginx-light) )

clean:
	rm -rf $(VENV) db.sqlite3 static media .pytest_cache
