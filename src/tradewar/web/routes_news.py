"""The route of the news reader: a pasted report in, its events and a draft scenario out."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from tradewar.errors import MissingExtraError
from tradewar.web.errors import ApiError
from tradewar.web.inputs import InputError
from tradewar.web.routes_data import State
from tradewar.web.routes_scenarios import save_checked
from tradewar.web.schemas import ErrorBody, NewsExample, NewsIn, NewsOut

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["news"])


@router.post(
    "/news",
    response_model=NewsOut,
    responses={
        400: {"model": ErrorBody},
        413: {"model": ErrorBody},
        422: {"model": ErrorBody},
        429: {"model": ErrorBody},
    },
)
async def read_news(body: NewsIn, tw: State) -> dict[str, Any]:
    """Read a news report on a trade conflict: its events, highlighted by offset, and a draft.

    The events are ``tradewar.news.read_report(text, date).to_dict()``'s: each
    with its sentence's ``start`` and ``end`` in ``text`` and the ``mentions``
    of every sentence that tells it.  The draft is ``Report.to_scenario()``,
    as YAML and as data, with the fields the report does not give
    (``fill_in``).  With ``save``, the draft is stored as a user scenario with
    those fields open (the rest checked): it runs once they are filled in.
    """
    from tradewar.news import NewsError
    from tradewar.web.news import ReaderBusy, draft_to_store, read_news

    try:
        doc = await run_in_threadpool(
            read_news, body.text, body.date, body.name, body.min_confidence
        )
    except NewsError as exc:
        raise InputError(
            "unreadable report", [{"line": None, "field": "text", "message": str(exc)}]
        ) from None
    except ReaderBusy as exc:
        raise ApiError(429, str(exc), title="busy") from None
    except MissingExtraError as exc:
        raise ApiError(501, str(exc), title="unavailable") from None
    if body.save:
        if doc["draft"] is None:
            raise ApiError(
                422,
                "the report tells no event a scenario can hold: there is no draft to save",
                title="nothing to save",
            )
        settings = tw.settings
        checked = await run_in_threadpool(
            partial(
                draft_to_store,
                doc["draft"]["yaml"],
                settings.home,
                max_actions=settings.max_actions,
            )
        )
        doc["saved"] = await save_checked(tw, checked)
    return doc


@router.get("/news/example", response_model=NewsExample)
def news_example() -> dict[str, Any]:
    """The report that ships with tradewar (CNBC, 17 May 2019: talks stall) and its date."""
    from tradewar.news import example_report

    text, date = example_report()
    return {"text": text, "date": date, "source": "CNBC, 17 May 2019 (tradewar/news/examples)"}
