import pytest


@pytest.fixture(autouse=True)
def own_outbox(tmp_path, monkeypatch):
    """Each test sees only the documents and files it produced."""
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path / "outbox"))
    return tmp_path / "outbox"
