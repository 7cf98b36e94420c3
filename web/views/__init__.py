"""Blueprints of the clerk web application."""
