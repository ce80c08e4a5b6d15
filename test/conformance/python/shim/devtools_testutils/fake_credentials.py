"""Fake secrets the tests reference. Not real credentials."""

BATCH_TEST_PASSWORD = "kt#_gahr!@aGERDXA"
