"""Domain errors that carry the field they concern, so CLI/web can name it."""


class DomainError(Exception):
    """A rule of the domain was broken; nothing has been written."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message


class ValidationError(DomainError):
    """Input failed validation (identifier check digit, missing value, bad format)."""


class NotFound(DomainError):
    """The referenced record does not exist (or is not visible to the caller)."""
