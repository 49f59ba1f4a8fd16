"""The question bank: questions kept apart from quizzes, imported from and exported to Moodle.

Only the file formats live here so far (``questionbank.formats``); the models come later and
build on its data classes.
"""
