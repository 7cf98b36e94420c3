"""Paging the runs history only reads the history (issue #15): a clerk who previewed a reminder run and then
turned the history's page waited for the preview to be computed again (seconds at a large agency) and found it
above the history once more, as if asked for. Now the next page shows the history's next runs, the form keeps
the clerk's choice, and no preview is made until the clerk asks for one."""
from __future__ import annotations

import datetime as dt
import html
import re

from sqlmodel import Session

from core.platform.models import RunRecord
from tests.support.browser import in_language, page_text

FAR = (dt.date.today() + dt.timedelta(days=120)).isoformat()


def test_the_next_page_of_the_history_makes_no_preview(as_user, world, clean_db):
    hydro = world["HYDRO-SE"]["agency"]
    with Session(clean_db) as s:  # a year and more of runs: the history has more than one page
        for k in range(80):
            day = dt.date(2025, 1, 1) + dt.timedelta(days=5 * k)
            s.add(RunRecord(kind="reminders", scope="HYDRO-SE", agency_id=hydro, run_key=day.isoformat(),
                            period=day.strftime("%Y-%m"), run_date=day, status="done"))
        s.commit()
    clerk = in_language(as_user("clerk"), "en")
    first = page_text(clerk.get(f"/runs/?kind=reminders&agency={hydro}&when={FAR}"))
    assert "nothing has been written" in first  # the preview the clerk asked for
    nxt = html.unescape(re.search(r'<a class="button" rel="next" href="([^"]+)"', first).group(1))
    second = page_text(clerk.get(nxt))
    assert "nothing has been written" not in second  # no preview made again
    assert re.search(r'<option value="reminders"\s+selected', second)  # the form keeps the choice
    assert _history(second) and not set(_history(first)) & set(_history(second))  # the history's next runs


def _history(page: str) -> list[str]:
    """The rows of the runs history as shown."""
    table = page.split('<table id="runs">', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr><td>.*?</tr>", table.split("<tbody>", 1)[1])
