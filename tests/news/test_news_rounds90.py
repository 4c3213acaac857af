"""The reader's ninetieth round: matters taken up with officials, and three sides.

"would explain the policy to Chinese officials during a visit to Beijing next week", "will
brief the Kuwaiti and Jordanian embassies in Canberra next week": talks to come with each
country whose officials are briefed; "met his Chinese and South Korean counterparts": talks
with each; "Officials of the EU, Russia and Ukraine will meet", "China, Kyrgyzstan and
Uzbekistan signed an agreement": one side and each of the other two (a longer list is a
group's, told as one).
"""

from __future__ import annotations

import pytest
from news_support import Round

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

DAY = "2012-11-20"  # a Tuesday


READ = Round(DAY)
_events, _one = READ.events, READ.one


def test_explaining_a_policy_to_officials_next_week_is_talks_to_come():
    event = _one(
        "Gita said he would explain the policy to Chinese officials during a visit to Beijing "
        "next week.",
        kind="talks_scheduled",
    )
    assert event.target == "CHN"


def test_briefing_two_countries_embassies_is_talks_with_each():
    found = _events(
        "Department of Agriculture officials will brief the Kuwaiti and Jordanian embassies in "
        "Canberra next week.",
        kind="talks_scheduled",
    )
    assert sorted(e.target for e in found) == ["JOR", "KWT"]


def test_meeting_two_countries_counterparts_is_talks_with_each():
    found = _events(
        "Trade minister Yukio Edano met his Chinese and South Korean counterparts, Chen Deming "
        "and Bahk Jae-wan, in Phnom Penh on Sunday.",
        kind="talks_held",
    )
    assert sorted(e.target for e in found) == ["CHN", "KOR"]


def test_three_sides_are_one_and_each_of_the_others():
    found = _events(
        "Officials of the EU, Russia and Ukraine will meet in Brussels next month to discuss "
        "the transit of Russian gas.",
        kind="talks_scheduled",
    )
    assert sorted((e.actor, e.target) for e in found) == [("EU", "RUS"), ("EU", "UKR")]


def test_a_longer_list_is_a_groups_told_as_one():
    found = _events(
        "The six, the United States, the European Union, Japan, Brazil, India and Australia, "
        "met in Geneva on Sunday.",
        kind="talks_held",
    )
    assert len(found) <= 1
