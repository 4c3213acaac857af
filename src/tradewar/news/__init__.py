"""The news reader: a news report on a trade conflict in, dated events and a scenario draft out.

::

    from tradewar.news import read_report

    report = read_report(text, date="2019-05-17")
    report.events            # Event(kind, actor, target, value_usd, rates, date, status, ...)
    report.key_points()      # one line per event, in date order
    report.to_frame()        # the events as a table
    print(report.to_scenario())   # a draft scenario (YAML) to review and run

Rule-based and offline: spaCy's blank English pipeline (tokenizer, sentencizer,
phrase matcher; no statistical model) and maintained tables of countries,
companies, markets and products (``pip install 'tradewar[news]'``).  The rules,
conventions and measured quality are in docs/news.md.

* :mod:`~tradewar.news.text` — decoding, limits, the report's own date;
* :mod:`~tradewar.news.dates` — date phrases and relative dates;
* :mod:`~tradewar.news.entities` — the tables of names (countries, companies,
  currencies, markets, HS chapters and commodities, products);
* :mod:`~tradewar.news.lexicon`, :mod:`~tradewar.news.grammar` — the words of each kind
  of event, and of status and clauses;
* :mod:`~tradewar.news.records` — sentences, marks, clauses, triggers and mentions;
* :mod:`~tradewar.news.extract` — sentences and their names;
* :mod:`~tradewar.news.firms` — companies the table lacks, found from their context;
* :mod:`~tradewar.news.clauses` — sentences cut into clauses;
* :mod:`~tradewar.news.phrases` — a light phrase analysis (units, modifiers, the goods
  a measure falls on);
* :mod:`~tradewar.news.triggers`, :mod:`~tradewar.news.moves` — where a clause reports
  an event;
* :mod:`~tradewar.news.status` — threatened, announced, in effect, reversed;
* :mod:`~tradewar.news.parties`, :mod:`~tradewar.news.fields` — actor, target, value,
  rates, products and date;
* :mod:`~tradewar.news.rules` — clauses to event mentions;
* :mod:`~tradewar.news.attached` — measures joined to another without a verb;
* :mod:`~tradewar.news.merge` — mentions to events;
* :mod:`~tradewar.news.events` — the event and report records;
* :mod:`~tradewar.news.summary` — key points;
* :mod:`~tradewar.news.draft` — the scenario draft.
"""

from tradewar.news.events import EVENT_KINDS, STATUSES, Event, Report
from tradewar.news.reader import example_report, read_file, read_report
from tradewar.news.text import MAX_CHARS, NewsError

__all__ = [
    "EVENT_KINDS",
    "MAX_CHARS",
    "STATUSES",
    "Event",
    "NewsError",
    "Report",
    "example_report",
    "read_file",
    "read_report",
]
