"""Web: Flask app and blueprints. Calls intake and core; holds no business rule."""
