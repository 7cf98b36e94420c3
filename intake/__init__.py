"""Intake: turns outside bytes (e-mail, files, bank files) into domain requests. Depends on `core` only."""
