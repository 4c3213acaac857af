"""Precision and recall per field on the labelled evaluation sets (tests/news/data).

* ``eval_reports.yaml`` (26 reports, 65 events) was written before the rules, which were
  first developed against it: precision and recall must be at least 0.9 on every field.
* ``heldout_reports.yaml`` (10 reports) was written after those rules and measured once
  (docs/news.md); it is development data since, guarded against falling below that first
  measurement.
* ``dev_reports.yaml`` (41 reports, 92 events) was written before the rules were
  generalised, and they were generalised against it: at least 0.9 on every field.
* ``fresh_reports.yaml`` (20 reports, 39 events) was written after that and measured once,
  with no change to the rules for it (most fields below the issue's 0.9; docs/news.md).
  The reader's third round was developed against its errors: it is development data now,
  at least 0.9 on every field, and never below its one measurement.
* ``fresh2_reports.yaml`` (23 reports, 45 events) was written and labelled after the third
  round, before the reader was run on it, and measured once: the honest estimate now.  Its
  measurement is the floor.  The reader's fourth round was developed against its errors.
* ``fresh3_reports.yaml`` (37 reports, 90 events) was written and labelled blind after the
  fourth round (the labeller neither read nor ran the reader) and measured once.  Its
  measurement is the floor.  The reader's fifth round was developed against its errors.
* ``fresh4_reports.yaml`` (47 reports, 126 events) was written and labelled blind after the
  fifth round and measured once.  Its measurement is the floor.  The sixth round was
  developed against its errors.
* ``fresh5_reports.yaml`` (47 reports, 119 events) was written and labelled blind during the
  sixth round and measured once after it.  Its measurement is the floor.  The seventh round
  was developed against its errors (and the fourth set's that remained).
* ``fresh6_reports.yaml`` (46 reports, 132 events) was written and labelled blind during the
  seventh round and measured once after it.  Its measurement is the floor.  The eighth
  round was developed against its errors.
* ``fresh7_reports.yaml`` (47 reports, 125 events) was written and labelled blind during the
  eighth round and measured once after it.  Its measurement is the floor.  The ninth round
  was developed against its errors.
* ``fresh8_reports.yaml`` (47 reports, 123 events) was written and labelled blind during the
  ninth round and measured once after it.  Its measurement is the floor.  The tenth round
  was developed against its errors.
* ``fresh9_reports.yaml`` (46 reports, 123 events) was written and labelled blind during the
  tenth round and measured once after it.  Its measurement is the floor.  The eleventh round
  was developed against its errors.
* ``fresh10_reports.yaml`` (49 reports, 130 events) was written and labelled blind during the
  eleventh round and measured once after it.  Its measurement is the floor.  The twelfth
  round was developed against its errors.
* ``fresh11_reports.yaml`` (49 reports, 122 events) was written and labelled blind during the
  twelfth round and measured once after it.  Its measurement is the floor.  The thirteenth
  round was developed against its errors.
* ``fresh12_reports.yaml`` (48 reports, 134 events) was written and labelled blind during the
  thirteenth round and measured once after it.  Its measurement is the floor.  The
  fourteenth round was developed against its errors.
* ``fresh13_reports.yaml`` (48 reports, 134 events) was written and labelled blind during the
  fourteenth round and measured once after it.  Its measurement is the floor.  The
  fifteenth round was developed against its errors.
* ``fresh14_reports.yaml`` (42 reports, 135 events; 14 articles of 300-460 words) was
  written and labelled blind during the fifteenth round and measured once after it.  Its
  measurement is the floor.  The sixteenth round was developed against its errors.
* ``fresh15_reports.yaml`` (44 reports, 127 events; 14 long articles, government
  statements) was written and labelled blind during the sixteenth round and measured once
  after it.  Its measurement is the floor.  The eighteenth round was developed against its
  errors.
* ``fresh16_reports.yaml`` (48 reports, 125 events; 16 long articles) was written and
  labelled blind during the eighteenth round and measured once after it, with the
  confidence model.  Its measurement is the floor.  The nineteenth round was developed
  against its errors.
* ``fresh17_reports.yaml`` (48 reports, 139 events; 16 long articles) was written and
  labelled blind during the nineteenth round and measured once after it, with the
  confidence model.  Its measurement is the floor.  The twentieth round was developed
  against its errors.
* ``fresh18_reports.yaml`` (47 reports, 132 events; 18 long articles) was written and
  labelled blind during the twentieth round and measured once after it, with the
  confidence model.  Its measurement is the floor.  The twenty-first round was developed
  against its errors.
* ``fresh19_reports.yaml`` (46 reports, 134 events; 17 long articles) was written and
  labelled blind during the twenty-first round and measured once after it, with the
  confidence model.  Its measurement is the floor.  Rounds 22 to 24 were developed
  against its errors and the errors the latest sets share.
* ``fresh20_reports.yaml`` (47 reports, 135 events; 17 long articles) was written and
  labelled blind during the twenty-third and twenty-fourth rounds and measured once after
  them, with the confidence model.  Its measurement is the floor.  Rounds 25 to 27 were
  developed against its errors and those the latest sets share.
* ``fresh21_reports.yaml`` (47 reports, 139 events; 18 long articles) was written and
  labelled blind during rounds 25 to 27 and measured once after them, with the confidence
  model.  Its measurement is the floor.  Round 28 was developed against its errors.
* ``fresh22_reports.yaml`` (46 reports, 142 events; 17 long articles) was written and
  labelled blind during round 28 and measured once after it, with the confidence model.
  Its measurement is the floor.  Round 29 was developed against its errors.
* ``fresh23_reports.yaml`` (46 reports, 139 events; 16 long articles) was written and
  labelled blind during round 29 and measured once after it, with the confidence model.
  Its measurement is the floor.  Round 30 was developed against its errors.
* ``fresh24_reports.yaml`` (44 reports, 139 events; 16 long articles) was written and
  labelled blind during round 30 and measured once after it, with the confidence model
  calibrated.  Its measurement is the floor.  Rounds 31 to 34 were developed against its
  errors and those the latest sets share.
* ``fresh25_reports.yaml`` (46 reports, 143 events; 17 long articles) was written and
  labelled blind during rounds 31 to 34 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 35 and 36 were developed against
  its errors.
* ``fresh26_reports.yaml`` (46 reports, 139 events; 16 long articles) was written and
  labelled blind during rounds 35 and 36 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Round 37 was developed against its
  errors.
* ``fresh27_reports.yaml`` (46 reports, 144 events; 18 long articles) was written and
  labelled blind during round 37 and measured once after it, with the calibrated confidence
  model.  Its measurement is the floor.  Round 38 was developed against its errors.
* ``fresh28_reports.yaml`` (45 reports, 138 events; 17 long articles) was written and
  labelled blind during rounds 38 and 39 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 40 to 42 were developed against
  its errors.
* ``fresh29_reports.yaml`` (44 reports, 141 events; 15 long articles; half on US-China
  trade policy) was written and labelled blind during rounds 40 to 42 and measured once
  after them, with the calibrated confidence model.  Its measurement is the floor.  Rounds
  43 to 45 were developed against its errors.
* ``fresh30_reports.yaml`` (45 reports, 142 events; 23 long articles) was written and
  labelled blind during rounds 43 to 45 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Round 46 was developed against its
  errors.
* ``fresh31_reports.yaml`` (45 reports, 142 events; 16 long articles; 19 reports on the May
  2019 escalation and its aftermath) was written and labelled blind during round 46 and
  measured once after it, with the calibrated confidence model.  Its measurement is the
  floor.  Rounds 47 and 48 were developed against its errors.
* ``fresh32_reports.yaml`` (46 reports, 139 events; 17 long articles) was written and
  labelled blind during rounds 47 and 48 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Round 49 was developed against its
  errors.
* ``fresh33_reports.yaml`` (46 reports, 143 events; 15 long articles) was written and
  labelled blind during round 49 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 50 and 51 were developed
  against its errors.
* ``fresh34_reports.yaml`` (46 reports, 141 events; 19 long articles) was written and
  labelled blind during rounds 50 and 51 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 52 to 54 were developed against
  its errors.
* ``fresh35_reports.yaml`` (45 reports, 143 events; 15 long articles) was written and
  labelled blind during rounds 52 to 54 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Round 55 was developed against its
  errors.
* ``fresh36_reports.yaml`` (44 reports, 145 events; 14 long articles) was written and
  labelled blind during round 55 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 56 and 57 were developed
  against its errors.
* ``fresh37_reports.yaml`` (44 reports, 143 events; 19 long articles) was written and
  labelled blind during round 57 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 58 and 59 were developed
  against its errors.
* ``fresh38_reports.yaml`` (41 reports, 143 events; 16 long articles) was written and
  labelled during rounds 58 to 60 and measured once after them, with the calibrated
  confidence model.  Not fully blind: its writer saw part of the quality section of
  docs/news.md by mistake.  Its measurement is the floor.  Rounds 61 and 62 were developed
  against its errors.
* ``fresh39_reports.yaml`` (42 reports, 139 events; 15 long articles) was written and
  labelled blind during rounds 61 and 62 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 63 to 65 were developed against
  its errors; in round 65 its fifteen tariff cuts of agreements reached or signed were
  labelled (the conventions now say they are events), so it holds 152 events.
* ``fresh40_reports.yaml`` (44 reports, 117 events; 15 long articles) was written and
  labelled blind during rounds 65 to 71 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 72 to 79 were developed against
  its errors.
* ``fresh41_reports.yaml`` (43 reports, 112 events; 15 long articles) was written and
  labelled blind during rounds 72 to 79 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 80 to 85 were developed against
  its errors.
* ``fresh42_reports.yaml`` (43 reports, 104 events; 15 long articles) was written and
  labelled blind during rounds 80 to 85 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 86 to 88 were developed against
  its errors.
* ``fresh43_reports.yaml`` (43 reports, 126 events; 15 long articles) was written and
  labelled blind during rounds 86 to 87 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 88 to 90 were developed against
  its errors.
* ``fresh44_reports.yaml`` (44 reports, 108 events; 15 long articles) was written and
  labelled blind during rounds 88 to 90 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 91 to 93 were developed against
  its errors.
* ``fresh45_reports.yaml`` (43 reports, 105 events; 15 long articles) was written and
  labelled blind during rounds 91 to 93 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 94 to 97 were developed against
  its errors.
* ``fresh46_reports.yaml`` (43 reports, 118 events; 15 long articles) was written and
  labelled blind during rounds 96 to 97 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 98 to 100 were developed against
  its errors.
* ``fresh47_reports.yaml`` (44 reports, 122 events; 16 long articles) was written and
  labelled blind during rounds 98 to 100 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 101 to 102 were developed
  against its errors.
* ``fresh48_reports.yaml`` (42 reports, 118 events; 4 long articles) was written and
  labelled blind during rounds 101 to 102 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 103 to 108 were developed
  against its errors.
* ``fresh49_reports.yaml`` (43 reports, 118 events; 17 long articles) was written and
  labelled blind during rounds 106 to 108 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 109 to 111 were developed
  against its errors.
* ``fresh50_reports.yaml`` (43 reports, 90 events; 15 long articles) was written and
  labelled blind during rounds 110 to 111 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 112 to 115 were developed
  against its errors.
* ``fresh51_reports.yaml`` (43 reports, 93 events; 16 long articles) was written and
  labelled blind during round 114 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 116 to 118 were developed
  against its errors.
* ``fresh52_reports.yaml`` (43 reports, 101 events; 16 long articles) was written and
  labelled blind during rounds 116 to 118 and measured once after them, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 119 to 121 were developed
  against its errors.
* ``fresh53_reports.yaml`` (44 reports, 84 events; 15 long articles) was written and
  labelled blind during round 121 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Round 122 was developed against its
  errors.
* ``fresh54_reports.yaml`` (43 reports, 100 events; 15 long articles) was written and
  labelled blind during round 122 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Round 123 was developed against its
  errors.
* ``fresh55_reports.yaml`` (43 reports, 92 events; 15 long articles) was written and
  labelled blind during round 123 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 124 to 126 were developed
  against its errors.
* ``fresh56_reports.yaml`` (43 reports, 78 events; 15 long articles) was written and
  labelled blind during round 126 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 128 and 129 were developed
  against its errors.
* ``fresh57_reports.yaml`` (44 reports, 94 events; 16 long articles) was written and
  labelled blind during round 128 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Rounds 130 and 131 were developed
  against its errors.
* ``fresh58_reports.yaml`` (42 reports, 94 events; 15 long articles) was written and
  labelled blind during rounds 130 and 131 and measured once after round 131, with the
  calibrated confidence model.  Its measurement is the floor.  Rounds 132 and 133 were
  developed against its errors.
* ``fresh59_reports.yaml`` (44 reports, 116 events; 17 long articles) was written and
  labelled blind during round 133 and measured once after it, with the calibrated confidence
  model.  Its measurement is the floor.  Rounds 134 and 135 were developed against its
  errors.
* ``fresh60_reports.yaml`` (44 reports, 130 events; 16 long articles) was written and
  labelled blind during rounds 134 and 135 and measured once after round 135, with the
  calibrated confidence model.  Its measurement is the floor.  Rounds 136 and 137 were
  developed against its errors.
* ``fresh61_reports.yaml`` (44 reports, 111 events; 16 long articles) was written and
  labelled blind during rounds 136 and 137 and measured once after round 137, with the
  calibrated confidence model.  Its measurement is the floor.  Round 138 was developed
  against its errors.
* ``fresh62_reports.yaml`` (44 reports, 113 events; 16 long articles) was written and
  labelled blind during round 138 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Round 140 was developed against its
  errors.
* ``fresh63_reports.yaml`` (44 reports, 112 events; 16 long articles) was written and
  labelled blind during rounds 139 and 140 and measured once after round 139, on its
  commit, with the calibrated confidence model.  Its measurement is the floor.  Rounds 141
  and 142 were developed against its errors.
* ``fresh64_reports.yaml`` (44 reports, 123 events; 15 long articles) was written and
  labelled blind during rounds 141 and 142 and measured once after round 142, with the
  calibrated confidence model.  Its measurement is the floor.  Round 143 was developed
  against its errors.
* ``fresh65_reports.yaml`` (42 reports, 114 events; 15 long articles) was written and
  labelled blind during round 143 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Round 144 was developed against its
  errors.
* ``fresh66_reports.yaml`` (42 reports, 105 events; 15 long articles) was written and
  labelled blind during round 144 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.  Round 145 was developed against its
  errors.
* ``fresh67_reports.yaml`` (42 reports, 92 events; 15 long articles) was written and
  labelled blind during round 145 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.
* ``fresh68_reports.yaml`` (42 reports, 110 events; 15 long articles) was written and
  labelled blind during round 146 and measured once, with the calibrated confidence
  model, on the commit of round 145 (before the rules or the model were changed for the
  sixty-seventh set, six of whose episodes its writer told again).  Its measurement is
  the floor.  Round 146 was developed against its errors and the sixty-seventh set's.
* ``fresh69_reports.yaml`` (42 reports, 93 events; 15 long articles) was written and
  labelled blind during round 146 and measured once after it, with the calibrated
  confidence model.  Its measurement is the floor.
* ``fresh70_reports.yaml`` (42 reports, 131 events; 18 long articles) was written and
  labelled blind during round 147 and measured once, with the calibrated confidence
  model, on the commit that recorded the sixty-ninth set (round 146's rules and model).
  Its measurement is the floor.
* ``fresh71_reports.yaml`` (42 reports, 118 events; 15 long articles) was written and
  labelled blind after round 147 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh72_reports.yaml`` (42 reports, 122 events; 16 long articles) was written and
  labelled blind during round 148 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh73_reports.yaml`` (44 reports, 135 events; 16 long articles) was written and
  labelled blind during round 148 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh74_reports.yaml`` (42 reports, 158 events; 15 long articles) was written and
  labelled blind during round 149 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh75_reports.yaml`` (42 reports, 163 events; 15 long articles) was written and
  labelled blind during round 150 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh76_reports.yaml`` (42 reports, 139 events; 15 long articles) was written and
  labelled blind during round 151 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh77_reports.yaml`` (42 reports, 162 events; 15 long articles; 29 of its episodes
  of the 1950s, a decade no earlier set told) was written and labelled blind during round
  152 and measured once on its final commit, with the calibrated confidence model.  Its
  measurement is the floor.
* ``fresh78_reports.yaml`` (42 reports, 193 events; 15 long articles; 36 of its episodes
  of the 1960s and 1970s, many in Africa, the Middle East, Asia and Latin America) was
  written and labelled blind during round 153 and measured once on its final commit, with
  the calibrated confidence model.  Its measurement is the floor.
* ``fresh79_reports.yaml`` (40 reports, 200 events; 15 long articles; 38 of its episodes
  of the 1980s and 1990s, outside the US-Japan and US-EU disputes: Central Asia, Eastern
  Europe, Africa, Asia, Oceania and Latin America) was written and labelled blind during
  round 154 and measured once on its final commit, with the calibrated confidence model.
  Its measurement is the floor.
* ``fresh80_reports.yaml`` (43 reports, 172 events; 15 long articles; its episodes of
  2000-2012, 41 of them with neither the United States, China nor the EU a party: Africa,
  the Middle East, Central, South and Southeast Asia, Oceania and Latin America) was
  written and labelled blind during round 155 and measured once on its final commit, with
  the calibrated confidence model.  Its measurement is the floor.
* ``fresh81_reports.yaml`` (40 reports, 123 events; 10 long articles and 23 briefs of 38 to
  67 words; episodes of 1963-2024 with the kinds the latest sets had few of: talks held and
  stalled, deals broken, purchases; 38 with neither the United States, China nor the EU a
  party) was written and labelled blind during round 156 and measured once on its final
  commit, with the calibrated confidence model.  Its measurement is the floor.
* ``fresh82_reports.yaml`` (41 reports, 198 events; 15 long articles; episodes of
  1956-2024, the United States or China a party in three: transit halts, broken relations,
  federations and confederations ended, border closures, devaluations) was written and
  labelled blind during round 157 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh83_reports.yaml`` (40 reports, 199 events; 15 long articles; episodes of
  1952-2023, 24 of them since 2000, neither the United States nor China a party: trusteeships
  and seizures of foreign firms, nationalisations, trade agreements signed, devaluations
  and new currencies, bans on a country's firms and flights) was written and labelled
  blind during round 159 and measured once on its final commit, with the calibrated
  confidence model.  Its measurement is the floor.
* ``fresh84_reports.yaml`` (40 reports, 164 events; 15 long articles; episodes of
  1954-2025, 29 of them since 2000, the United States or China a party in nine: free trade
  agreements in force, currency steps and redenominations, loans and leases, seizures of
  firms) was written and labelled blind during round 160 and measured once on its final
  commit, with the calibrated confidence model.  Its measurement is the floor.
* ``fresh85_reports.yaml`` (42 reports, 225 events; 15 long articles; episodes of
  1954-2025, 24 of them since 2000, the United States or China a party in nine: takeovers
  blocked, dropped or seized, new currencies and redenominations, free trade agreements,
  reparations pacts) was written and labelled blind during round 161 and measured once on
  its final commit, with the calibrated confidence model.  Its measurement is the floor.
* ``fresh86_reports.yaml`` (42 reports, 198 events; 15 long articles; episodes of
  1955-2025, 24 of them since 2000, the United States or China a party in twelve:
  seizures and nationalisations of foreign firms, mining rights revoked, anti-dumping
  duties, oil, gas and nuclear deals) was written and labelled blind during round 162 and
  measured once on its final commit, with the calibrated confidence model.  Its
  measurement is the floor.
* ``fresh87_reports.yaml`` (40 reports, 212 events; 15 long articles; episodes of
  1951-2024, 23 of them since 2000, the United States or China a party in twelve:
  anti-dumping, countervailing and safeguard duties, free trade agreements, quotas) was
  written and labelled blind during round 163 and measured once on its final commit, with
  the calibrated confidence model.  Its measurement is the floor.
* ``fresh88_reports.yaml`` (42 reports, 210 events; 15 long articles; episodes of
  1953-2026, 23 of them since 2000, the United States or China a party in twelve:
  seizures of foreign firms, food and arms purchases, free trade agreements, tariff cuts,
  talks) was written and labelled blind during round 164, the first set written to the
  labelling guide (data/LABELLING.md), and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh89_reports.yaml`` (42 reports, 157 events; 15 long articles; episodes of
  1953-2024, 23 of them since 2000, the United States or China a party in seventeen: China's
  antitrust probes of Nvidia and PVH, free trade agreements, seizures of foreign firms,
  cancelled orders) was written and labelled blind to the labelling guide during round 165
  and measured once on its final commit, with the calibrated confidence model.  Its
  measurement is the floor.
* ``fresh90_reports.yaml`` (42 reports, 149 events; 15 long articles; episodes of
  1954-2025, 23 of them since 2000, the United States or China a party in sixteen, four on
  the 2018-2026 dispute: SenseTime blacklisted, China's WTO case on US electric-vehicle
  subsidies, the TikTok law, the US foundry rule; free trade agreements, tariff cuts and
  increases) was written and labelled blind to the labelling guide during round 166 and
  measured once on its final commit, with the calibrated confidence model.  Its
  measurement is the floor.
* ``fresh91_reports.yaml`` (42 reports, 154 events; 15 long articles; episodes of
  1955-2025, 24 of them since 2000, the United States or China a party in sixteen, three on
  the 2018-2026 dispute: China's blocking rules, the Xinjiang import ban in force, China's
  review of Micron; free trade agreements, currencies, tariff increases) was written and
  labelled blind to the labelling guide during round 167 and measured once on its final
  commit, with the calibrated confidence model.  Its measurement is the floor.
* ``fresh92_reports.yaml`` (42 reports, 158 events; 15 long articles; episodes of
  1952-2026, 27 of them since 2000, the United States or China a party in seventeen, three
  on the 2018-2026 dispute: China's export control law, the WTO award against the United
  States, China's port fees on US ships; free trade agreements, currencies, tariff cuts)
  was written and labelled blind to the labelling guide during round 168 and measured once
  on its final commit, with the calibrated confidence model.  Its measurement is the floor.
* ``fresh93_reports.yaml`` (41 reports, 140 events; 15 long articles; episodes of
  1951-2026, 29 of them since 2000, the United States or China a party in twenty, three on
  the 2018-2026 dispute: the US probe into Chinese legacy chips, China's probes into US
  analog chips, China's Boeing deliveries resumed; free trade agreements, tariff cuts,
  escape-clause duties) was written and labelled blind to the labelling guide while round
  170 began and measured once on that round's first commit, with the calibrated confidence
  model.  Its measurement is the floor.
* ``fresh94_reports.yaml`` (40 reports, 155 events; 15 long articles; episodes of
  1961-2026, 20 of them since 2000, the United States or China a party in ten, two on the
  2018-2026 dispute: the currency-manipulator label dropped, the Pentagon's listing of
  Hesai; currencies, Pacific and African trade, devaluations) was written and labelled blind
  to the labelling guide during round 170 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh95_reports.yaml`` (40 reports, 116 events; 15 long articles; episodes of
  1951-2026, 14 of them since 2000, the United States or China a party in nineteen, four
  on the 2018-2026 dispute: China's WTO complaints of 2018, its 79 tariff exclusions and the
  phase-one review call of 2020, its blocking rules of 2021; the Middle East and North
  Africa, the 1950s, oil and nationalisations) was written and labelled blind to the
  labelling guide during round 171 and measured once on its final commit, with the
  calibrated confidence model.  Its measurement is the floor.
* ``fresh96_reports.yaml`` (40 reports, 85 events; 15 long articles; episodes of
  1953-2026, 27 of them since 2000, the United States or China a party in seventeen, four
  on the 2018-2026 dispute: the Peak Pegasus soybean cargo, China's US beef curbs lifted,
  its sanctions on Pelosi and talks suspended, the US rule on connected cars; sixteen from
  Sub-Saharan Africa and eight from Southeast Asia, currencies and trade pacts) was
  written and labelled blind to the labelling guide after round 171 and measured once on
  the commit that recorded fresh95, with the calibrated confidence model: the honest
  estimate now.  Its measurement is the floor.

Since the seventeenth round the reader leaves out events its confidence model doubts
(tradewar.news.confidence), a model trained on every set here: these tables are in-sample
for it.  Its estimate is by leaving each set out (scripts/train_news_confidence.py,
docs/news.md) and the next blind set.
"""

from __future__ import annotations

import pytest
from news_evaluation import FIELDS, load, score, table

from tradewar.news import EVENT_KINDS, read_report

pytest.importorskip("spacy", reason="the news reader needs spaCy: pip install tradewar[news]")

#: The first measurement on heldout_reports.yaml (precision, recall), before any rule changed;
#: value_usd raised to 1.0 after the fix of C$ amounts read as US dollars (docs/news.md).
HELDOUT_FIRST = {
    "event": (0.947, 0.857), "kind": (0.789, 0.714), "actor": (0.750, 0.667),
    "target": (0.636, 0.636), "companies": (1.0, 1.0), "value_usd": (1.0, 1.0),
    "rate_from": (1.0, 1.0), "rate_to": (0.5, 0.5), "rate_change": (1.0, 0.5),
    "sectors": (0.625, 0.5), "date": (0.842, 0.762), "status": (0.789, 0.714),
}  # fmt: skip

#: The one measurement on fresh_reports.yaml (precision, recall), taken once when the set was
#: written, before any rule was changed for it.  value_usd has no gold value in the set.
FRESH_MEASURED = {
    "event": (0.848, 0.718), "kind": (0.788, 0.667), "actor": (0.758, 0.641),
    "target": (0.696, 0.696), "companies": (1.0, 0.667), "value_usd": (1.0, 1.0),
    "rate_from": (1.0, 1.0), "rate_to": (1.0, 1.0), "rate_change": (1.0, 0.714),
    "sectors": (0.636, 0.636), "date": (0.848, 0.718), "status": (0.848, 0.718),
}  # fmt: skip


#: The one measurement on fresh2_reports.yaml (precision, recall), taken once, before any
#: rule could be changed for it (docs/news.md).
FRESH2_MEASURED = {
    "event": (0.902, 0.822), "kind": (0.878, 0.800), "actor": (0.854, 0.795),
    "target": (0.864, 0.760), "companies": (0.750, 0.300), "value_usd": (1.0, 0.500),
    "rate_from": (1.0, 1.0), "rate_to": (1.0, 1.0), "rate_change": (1.0, 0.556),
    "sectors": (0.708, 0.654), "date": (0.780, 0.711), "status": (0.829, 0.756),
}  # fmt: skip


#: The one measurement on fresh3_reports.yaml (37 reports, 90 events; precision, recall),
#: written and labelled blind (the labeller neither read nor ran the reader) after the fourth
#: round and measured once, before any rule could be changed for it (docs/news.md).
FRESH3_MEASURED = {
    "event": (0.824, 0.778), "kind": (0.741, 0.700), "actor": (0.709, 0.644),
    "target": (0.660, 0.647), "companies": (0.643, 0.600), "value_usd": (0.800, 1.0),
    "rate_from": (0.833, 0.714), "rate_to": (0.750, 0.600), "rate_change": (0.818, 0.692),
    "sectors": (0.667, 0.600), "date": (0.741, 0.700), "status": (0.718, 0.678),
}  # fmt: skip


#: The one measurement on fresh4_reports.yaml (47 reports, 126 events; precision, recall),
#: written and labelled blind after the fifth round and measured once (docs/news.md).
FRESH4_MEASURED = {
    "event": (0.861, 0.690), "kind": (0.822, 0.659), "actor": (0.816, 0.645),
    "target": (0.696, 0.672), "companies": (0.556, 0.500), "value_usd": (1.0, 0.857),
    "rate_from": (0.667, 0.500), "rate_to": (0.667, 0.500), "rate_change": (0.611, 0.688),
    "sectors": (0.694, 0.595), "date": (0.752, 0.603), "status": (0.822, 0.659),
}  # fmt: skip


#: The one measurement on fresh5_reports.yaml (47 reports, 119 events; precision, recall),
#: written and labelled blind during the sixth round and measured once after it.
FRESH5_MEASURED = {
    "event": (0.818, 0.756), "kind": (0.727, 0.672), "actor": (0.775, 0.669),
    "target": (0.719, 0.612), "companies": (0.520, 0.464), "value_usd": (0.500, 0.500),
    "rate_from": (0.750, 0.600), "rate_to": (1.0, 0.600), "rate_change": (0.643, 0.600),
    "sectors": (0.690, 0.659), "date": (0.771, 0.706), "status": (0.745, 0.689),
}  # fmt: skip


#: The one measurement on fresh6_reports.yaml (46 reports, 132 events; precision, recall),
#: written and labelled blind during the seventh round and measured once after it (companies
#: scored as entities, as since the seventh round).
FRESH6_MEASURED = {
    "event": (0.815, 0.735), "kind": (0.748, 0.674), "actor": (0.794, 0.659),
    "target": (0.708, 0.646), "companies": (0.643, 0.500), "value_usd": (0.778, 0.875),
    "rate_from": (0.222, 1.0), "rate_to": (0.273, 0.600), "rate_change": (0.941, 0.727),
    "sectors": (0.595, 0.510), "date": (0.790, 0.712), "status": (0.689, 0.621),
}  # fmt: skip


#: The one measurement on fresh7_reports.yaml (47 reports, 125 events; precision, recall),
#: written and labelled blind during the eighth round (31 reports with neither the United
#: States nor China as a party) and measured once after it.
FRESH7_MEASURED = {
    "event": (0.859, 0.680), "kind": (0.768, 0.608), "actor": (0.840, 0.648),
    "target": (0.738, 0.578), "companies": (0.667, 0.750), "value_usd": (0.333, 0.250),
    "rate_from": (1.0, 0.667), "rate_to": (1.0, 0.800), "rate_change": (0.556, 0.625),
    "sectors": (0.632, 0.533), "date": (0.798, 0.632), "status": (0.737, 0.584),
}  # fmt: skip


#: The one measurement on fresh8_reports.yaml (47 reports, 123 events; precision, recall),
#: written and labelled blind during the ninth round (25 reports with neither the United
#: States nor China as a party) and measured once after it.
FRESH8_MEASURED = {
    "event": (0.762, 0.756), "kind": (0.680, 0.675), "actor": (0.661, 0.617),
    "target": (0.639, 0.548), "companies": (0.500, 0.500), "value_usd": (0.500, 0.143),
    "rate_from": (1.0, 1.0), "rate_to": (1.0, 0.500), "rate_change": (0.750, 0.750),
    "sectors": (0.698, 0.698), "date": (0.705, 0.699), "status": (0.705, 0.699),
}  # fmt: skip


#: The one measurement on fresh9_reports.yaml (46 reports, 123 events; precision, recall),
#: written and labelled blind during the tenth round (present-day reports of 2018-2026) and
#: measured once after it.
FRESH9_MEASURED = {
    "event": (0.745, 0.667), "kind": (0.664, 0.593), "actor": (0.745, 0.608),
    "target": (0.547, 0.493), "companies": (0.524, 0.478), "value_usd": (0.500, 0.500),
    "rate_from": (1.0, 0.500), "rate_to": (1.0, 0.0), "rate_change": (0.667, 0.308),
    "sectors": (0.500, 0.380), "date": (0.673, 0.602), "status": (0.627, 0.561),
}  # fmt: skip


#: The one measurement on fresh10_reports.yaml (49 reports, 130 events; precision, recall),
#: written and labelled blind during the eleventh round (present-day reports of 2016-2026)
#: and measured once after it.
FRESH10_MEASURED = {
    "event": (0.789, 0.777), "kind": (0.727, 0.715), "actor": (0.741, 0.643),
    "target": (0.694, 0.633), "companies": (0.500, 0.545), "value_usd": (0.833, 0.714),
    "rate_from": (0.667, 1.0), "rate_to": (0.500, 1.0), "rate_change": (0.846, 0.846),
    "sectors": (0.489, 0.458), "date": (0.727, 0.715), "status": (0.688, 0.677),
}  # fmt: skip


#: The one measurement on fresh11_reports.yaml (49 reports, 122 events; precision, recall),
#: written and labelled blind during the twelfth round (reports of 2017-2025, 23 of them
#: without the United States or China) and measured once after it.
FRESH11_MEASURED = {
    "event": (0.875, 0.803), "kind": (0.777, 0.713), "actor": (0.824, 0.706),
    "target": (0.824, 0.747), "companies": (0.778, 0.467), "value_usd": (1.0, 0.375),
    "rate_from": (0.0, 0.0), "rate_to": (1.0, 0.600), "rate_change": (0.917, 0.786),
    "sectors": (0.667, 0.667), "date": (0.759, 0.697), "status": (0.723, 0.664),
}  # fmt: skip


#: The one measurement on fresh12_reports.yaml (48 reports, 134 events; precision, recall),
#: written and labelled blind during the thirteenth round (reports of 2005-2026, half on the
#: US-China trade war) and measured once after it.
FRESH12_MEASURED = {
    "event": (0.846, 0.776), "kind": (0.780, 0.716), "actor": (0.775, 0.688),
    "target": (0.773, 0.708), "companies": (0.571, 0.381), "value_usd": (0.875, 0.583),
    "rate_from": (0.833, 0.833), "rate_to": (0.857, 0.857), "rate_change": (0.875, 0.583),
    "sectors": (0.730, 0.692), "date": (0.772, 0.709), "status": (0.748, 0.687),
}  # fmt: skip


#: The one measurement on fresh13_reports.yaml (48 reports, 134 events; precision, recall),
#: written and labelled blind during the fourteenth round (reports of 1987-2025, 23 on the
#: US-China trade war) and measured once after it.
FRESH13_MEASURED = {
    "event": (0.835, 0.754), "kind": (0.711, 0.642), "actor": (0.754, 0.705),
    "target": (0.693, 0.663), "companies": (0.692, 0.474), "value_usd": (1.0, 0.667),
    "rate_from": (1.0, 0.250), "rate_to": (0.500, 0.200), "rate_change": (0.778, 0.636),
    "sectors": (0.658, 0.658), "date": (0.727, 0.657), "status": (0.678, 0.612),
}  # fmt: skip


#: The one measurement on fresh14_reports.yaml (42 reports, 135 events; precision, recall),
#: written and labelled blind during the fifteenth round (a third long articles; half on US
#: tariff policy of 2025-26) and measured once after it.
FRESH14_MEASURED = {
    "event": (0.754, 0.704), "kind": (0.659, 0.615), "actor": (0.675, 0.588),
    "target": (0.575, 0.526), "companies": (0.500, 0.429), "value_usd": (0.500, 0.250),
    "rate_from": (0.500, 0.429), "rate_to": (0.333, 0.333), "rate_change": (0.600, 0.375),
    "sectors": (0.438, 0.378), "date": (0.698, 0.652), "status": (0.635, 0.593),
}  # fmt: skip


#: The one measurement on fresh15_reports.yaml (44 reports, 127 events; precision, recall),
#: written and labelled blind during the sixteenth round (half on US and US-China tariff
#: policy, half on Latin America, Africa, the Gulf, Asia and Europe; a third long
#: articles) and measured once after it.
FRESH15_MEASURED = {
    "event": (0.713, 0.685), "kind": (0.648, 0.622), "actor": (0.717, 0.587),
    "target": (0.615, 0.600), "companies": (0.625, 0.625), "value_usd": (0.875, 0.875),
    "rate_from": (1.0, 0.556), "rate_to": (0.625, 0.500), "rate_change": (0.200, 0.222),
    "sectors": (0.697, 0.523), "date": (0.648, 0.622), "status": (0.631, 0.606),
}  # fmt: skip


#: The one measurement on fresh16_reports.yaml (48 reports, 125 events; precision, recall),
#: written and labelled blind during the eighteenth round (26 reports on US and US-China
#: trade policy, 22 on other countries' conflicts; 16 long articles) and measured once
#: after it, with the confidence model (rules alone: events 0.721 / 0.704; docs/news.md).
FRESH16_MEASURED = {
    "event": (0.743, 0.672), "kind": (0.673, 0.608), "actor": (0.710, 0.644),
    "target": (0.580, 0.618), "companies": (0.643, 0.429), "value_usd": (0.727, 1.0),
    "rate_from": (0.800, 0.800), "rate_to": (0.800, 0.800), "rate_change": (0.571, 0.571),
    "sectors": (0.568, 0.490), "date": (0.690, 0.624), "status": (0.602, 0.544),
}  # fmt: skip


#: The one measurement on fresh17_reports.yaml (48 reports, 139 events; precision, recall),
#: written and labelled blind during the nineteenth round (23 reports on US and US-China
#: trade policy, 25 on other countries' conflicts; 16 long articles) and measured once
#: after it, with the confidence model (rules alone: events 0.721 / 0.705; docs/news.md).
FRESH17_MEASURED = {
    "event": (0.812, 0.683), "kind": (0.684, 0.576), "actor": (0.748, 0.597),
    "target": (0.667, 0.609), "companies": (0.556, 0.455), "value_usd": (0.500, 1.0),
    "rate_from": (1.0, 0.571), "rate_to": (0.833, 0.625), "rate_change": (1.0, 0.429),
    "sectors": (0.583, 0.683), "date": (0.692, 0.583), "status": (0.675, 0.568),
}  # fmt: skip


#: The one measurement on fresh18_reports.yaml (47 reports, 132 events; precision, recall),
#: written and labelled blind during the twentieth round (24 reports on US and US-China
#: trade policy, 23 on other countries' conflicts; 18 long articles) and measured once
#: after it, with the confidence model (rules alone: events 0.716 / 0.803; docs/news.md).
FRESH18_MEASURED = {
    "event": (0.778, 0.795), "kind": (0.733, 0.750), "actor": (0.756, 0.732),
    "target": (0.667, 0.681), "companies": (0.714, 0.312), "value_usd": (1.0, 0.889),
    "rate_from": (0.667, 1.0), "rate_to": (1.0, 1.0), "rate_change": (0.579, 0.786),
    "sectors": (0.604, 0.674), "date": (0.711, 0.727), "status": (0.704, 0.720),
}  # fmt: skip


#: The one measurement on fresh19_reports.yaml (46 reports, 134 events; precision, recall),
#: written and labelled blind during the twenty-first round (17 long articles) and measured
#: once after it, with the confidence model (rules alone: events 0.690 / 0.746; docs/news.md).
FRESH19_MEASURED = {
    "event": (0.772, 0.709), "kind": (0.675, 0.619), "actor": (0.786, 0.717),
    "target": (0.714, 0.750), "companies": (0.812, 0.722), "value_usd": (1.0, 0.900),
    "rate_from": (1.0, 1.0), "rate_to": (1.0, 1.0), "rate_change": (0.667, 0.750),
    "sectors": (0.618, 0.467), "date": (0.699, 0.642), "status": (0.691, 0.634),
}  # fmt: skip


#: The one measurement on fresh20_reports.yaml (47 reports, 135 events; precision, recall),
#: written and labelled blind during rounds 23-24 (17 long articles) and measured once
#: after them, with the confidence model (rules alone: events 0.677 / 0.807; docs/news.md).
FRESH20_MEASURED = {
    "event": (0.757, 0.785), "kind": (0.700, 0.726), "actor": (0.703, 0.732),
    "target": (0.622, 0.709), "companies": (0.533, 0.533), "value_usd": (0.500, 0.333),
    "rate_from": (1.0, 1.0), "rate_to": (1.0, 1.0), "rate_change": (0.727, 0.615),
    "sectors": (0.614, 0.600), "date": (0.679, 0.704), "status": (0.686, 0.711),
}  # fmt: skip


#: The one measurement on fresh21_reports.yaml (47 reports, 139 events; precision, recall),
#: written and labelled blind during rounds 25-27 (18 long articles) and measured once
#: after them, with the confidence model (rules alone: events 0.698 / 0.698; docs/news.md).
FRESH21_MEASURED = {
    "event": (0.752, 0.698), "kind": (0.705, 0.655), "actor": (0.667, 0.619),
    "target": (0.602, 0.615), "companies": (0.333, 0.333), "value_usd": (0.0, 0.0),
    "rate_from": (0.333, 0.500), "rate_to": (0.500, 0.667), "rate_change": (0.583, 0.583),
    "sectors": (0.465, 0.417), "date": (0.667, 0.619), "status": (0.628, 0.583),
}  # fmt: skip


#: The one measurement on fresh22_reports.yaml (46 reports, 142 events; precision, recall),
#: written and labelled blind during round 28 (17 long articles) and measured once after
#: it, with the confidence model (rules alone: events 0.757 / 0.725; docs/news.md).
FRESH22_MEASURED = {
    "event": (0.775, 0.704), "kind": (0.729, 0.662), "actor": (0.650, 0.563),
    "target": (0.671, 0.579), "companies": (0.385, 0.385), "value_usd": (0.600, 0.750),
    "rate_from": (0.833, 1.0), "rate_to": (0.667, 1.0), "rate_change": (0.833, 0.294),
    "sectors": (0.535, 0.561), "date": (0.713, 0.648), "status": (0.705, 0.641),
}  # fmt: skip


#: The one measurement on fresh23_reports.yaml (46 reports, 139 events; precision, recall),
#: written and labelled blind during round 29 (16 long articles) and measured once after
#: it, with the confidence model (rules alone: events 0.748 / 0.705; docs/news.md).
FRESH23_MEASURED = {
    "event": (0.814, 0.691), "kind": (0.720, 0.612), "actor": (0.759, 0.626),
    "target": (0.711, 0.602), "companies": (0.846, 0.733), "value_usd": (0.667, 0.800),
    "rate_from": (0.333, 0.333), "rate_to": (0.500, 0.167), "rate_change": (0.625, 0.455),
    "sectors": (0.812, 0.520), "date": (0.720, 0.612), "status": (0.712, 0.604),
}  # fmt: skip


#: The one measurement on fresh24_reports.yaml (44 reports, 139 events; precision, recall),
#: written and labelled blind during round 30 (16 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.709 / 0.719; docs/news.md).
FRESH24_MEASURED = {
    "event": (0.754, 0.705), "kind": (0.615, 0.576), "actor": (0.723, 0.667),
    "target": (0.646, 0.620), "companies": (0.625, 0.556), "value_usd": (0.357, 0.714),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.800, 0.750),
    "sectors": (0.534, 0.525), "date": (0.700, 0.655), "status": (0.692, 0.647),
}  # fmt: skip


#: The one measurement on fresh25_reports.yaml (46 reports, 143 events; precision, recall),
#: written and labelled blind during rounds 31-34 (17 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.669 / 0.734).
FRESH25_MEASURED = {
    "event": (0.784, 0.734), "kind": (0.709, 0.664), "actor": (0.722, 0.664),
    "target": (0.657, 0.619), "companies": (0.412, 0.538), "value_usd": (0.600, 1.000),
    "rate_from": (0.500, 1.000), "rate_to": (0.500, 1.000), "rate_change": (0.667, 0.571),
    "sectors": (0.528, 0.571), "date": (0.701, 0.657), "status": (0.694, 0.650),
}  # fmt: skip


#: The one measurement on fresh26_reports.yaml (46 reports, 139 events; precision, recall),
#: written and labelled blind during rounds 35-36 (16 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.674 / 0.698).
FRESH26_MEASURED = {
    "event": (0.841, 0.683), "kind": (0.788, 0.640), "actor": (0.740, 0.578),
    "target": (0.759, 0.624), "companies": (0.833, 0.417), "value_usd": (1.000, 0.800),
    "rate_from": (0.500, 0.667), "rate_to": (0.667, 0.667), "rate_change": (0.818, 0.643),
    "sectors": (0.568, 0.521), "date": (0.779, 0.633), "status": (0.770, 0.626),
}  # fmt: skip


#: The one measurement on fresh27_reports.yaml (46 reports, 144 events; precision, recall),
#: written and labelled blind during round 37 (18 long articles) and measured once after it,
#: with the calibrated confidence model (rules alone: events 0.693 / 0.736).
FRESH27_MEASURED = {
    "event": (0.784, 0.729), "kind": (0.731, 0.681), "actor": (0.730, 0.648),
    "target": (0.674, 0.587), "companies": (0.538, 0.304), "value_usd": (0.500, 0.333),
    "rate_from": (0.500, 0.250), "rate_to": (0.667, 0.400), "rate_change": (0.714, 0.833),
    "sectors": (0.592, 0.527), "date": (0.724, 0.674), "status": (0.672, 0.625),
}  # fmt: skip


#: The one measurement on fresh28_reports.yaml (45 reports, 138 events; precision, recall),
#: written and labelled blind during rounds 38-39 (17 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.756 / 0.739).
FRESH28_MEASURED = {
    "event": (0.802, 0.732), "kind": (0.706, 0.645), "actor": (0.735, 0.615),
    "target": (0.758, 0.676), "companies": (0.231, 0.273), "value_usd": (1.000, 0.000),
    "rate_from": (0.500, 0.250), "rate_to": (1.000, 0.250), "rate_change": (0.833, 0.556),
    "sectors": (0.690, 0.588), "date": (0.738, 0.674), "status": (0.714, 0.652),
}  # fmt: skip


#: The one measurement on fresh29_reports.yaml (44 reports, 141 events; precision, recall),
#: written and labelled blind during rounds 40-42 (15 long articles; half on US-China trade
#: policy) and measured once after them, with the calibrated confidence model (rules alone:
#: events 0.692 / 0.844).
FRESH29_MEASURED = {
    "event": (0.788, 0.816), "kind": (0.712, 0.738), "actor": (0.782, 0.765),
    "target": (0.776, 0.748), "companies": (0.429, 0.462), "value_usd": (0.500, 0.455),
    "rate_from": (0.800, 0.667), "rate_to": (0.750, 0.692), "rate_change": (0.667, 0.615),
    "sectors": (0.547, 0.558), "date": (0.658, 0.681), "status": (0.685, 0.709),
}  # fmt: skip


#: The one measurement on fresh30_reports.yaml (45 reports, 142 events; precision, recall),
#: written and labelled blind during rounds 43-45 (23 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.736 / 0.746).
FRESH30_MEASURED = {
    "event": (0.837, 0.725), "kind": (0.789, 0.683), "actor": (0.810, 0.667),
    "target": (0.787, 0.636), "companies": (0.667, 0.462), "value_usd": (0.667, 0.800),
    "rate_from": (1.000, 0.667), "rate_to": (1.000, 0.500), "rate_change": (0.778, 0.824),
    "sectors": (0.651, 0.509), "date": (0.789, 0.683), "status": (0.756, 0.655),
}  # fmt: skip


#: The one measurement on fresh31_reports.yaml (45 reports, 142 events; precision, recall),
#: written and labelled blind during round 46 (16 long articles; 19 reports on the May 2019
#: escalation and its aftermath) and measured once after it, with the calibrated confidence
#: model (rules alone: events 0.805 / 0.845).
FRESH31_MEASURED = {
    "event": (0.871, 0.810), "kind": (0.811, 0.754), "actor": (0.795, 0.754),
    "target": (0.786, 0.730), "companies": (0.636, 0.500), "value_usd": (0.923, 0.857),
    "rate_from": (1.000, 0.857), "rate_to": (1.000, 0.875), "rate_change": (0.875, 1.000),
    "sectors": (0.686, 0.500), "date": (0.803, 0.746), "status": (0.811, 0.754),
}  # fmt: skip


#: The one measurement on fresh32_reports.yaml (46 reports, 139 events; precision, recall),
#: written and labelled blind during rounds 47-48 (17 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.754 / 0.748).
FRESH32_MEASURED = {
    "event": (0.829, 0.734), "kind": (0.764, 0.676), "actor": (0.752, 0.642),
    "target": (0.747, 0.657), "companies": (0.250, 0.333), "value_usd": (0.667, 1.000),
    "rate_from": (0.750, 0.750), "rate_to": (1.000, 0.800), "rate_change": (0.667, 0.800),
    "sectors": (0.796, 0.639), "date": (0.732, 0.647), "status": (0.748, 0.662),
}  # fmt: skip


#: The one measurement on fresh33_reports.yaml (46 reports, 143 events; precision, recall),
#: written and labelled blind during round 49 (15 long articles) and measured once after it,
#: with the calibrated confidence model (rules alone: events 0.722 / 0.797).
FRESH33_MEASURED = {
    "event": (0.816, 0.776), "kind": (0.750, 0.713), "actor": (0.740, 0.683),
    "target": (0.710, 0.660), "companies": (1.000, 0.867), "value_usd": (1.000, 0.500),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.909, 0.909),
    "sectors": (0.587, 0.643), "date": (0.794, 0.755), "status": (0.765, 0.727),
}  # fmt: skip


#: The one measurement on fresh34_reports.yaml (46 reports, 141 events; precision, recall),
#: written and labelled blind during rounds 50-51 (19 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.828 / 0.851).
FRESH34_MEASURED = {
    "event": (0.944, 0.844), "kind": (0.897, 0.801), "actor": (0.894, 0.780),
    "target": (0.877, 0.763), "companies": (0.765, 0.481), "value_usd": (0.833, 0.833),
    "rate_from": (1.000, 0.833), "rate_to": (1.000, 0.857), "rate_change": (0.714, 1.000),
    "sectors": (0.729, 0.614), "date": (0.929, 0.830), "status": (0.913, 0.816),
}  # fmt: skip


#: The one measurement on fresh35_reports.yaml (45 reports, 143 events; precision, recall),
#: written and labelled blind during rounds 52-54 (15 long articles) and measured once after
#: them, with the calibrated confidence model (rules alone: events 0.821 / 0.832).
FRESH35_MEASURED = {
    "event": (0.921, 0.818), "kind": (0.858, 0.762), "actor": (0.856, 0.754),
    "target": (0.845, 0.752), "companies": (0.500, 0.231), "value_usd": (1.000, 0.857),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.800, 0.667),
    "sectors": (0.794, 0.551), "date": (0.874, 0.776), "status": (0.890, 0.790),
}  # fmt: skip


#: The one measurement on fresh36_reports.yaml (44 reports, 145 events; precision, recall),
#: written and labelled blind during round 55 (14 long articles) and measured once after it,
#: with the calibrated confidence model (rules alone: events 0.744 / 0.800).
FRESH36_MEASURED = {
    "event": (0.821, 0.759), "kind": (0.806, 0.745), "actor": (0.811, 0.710),
    "target": (0.792, 0.679), "companies": (0.846, 0.647), "value_usd": (1.000, 0.778),
    "rate_from": (1.000, 1.000), "rate_to": (0.667, 1.000), "rate_change": (0.467, 0.368),
    "sectors": (0.439, 0.340), "date": (0.739, 0.683), "status": (0.784, 0.724),
}  # fmt: skip


#: The one measurement on fresh37_reports.yaml (44 reports, 143 events; precision, recall),
#: written and labelled blind during round 57 (19 long articles) and measured once after it,
#: with the calibrated confidence model (rules alone: events 0.821 / 0.804).
FRESH37_MEASURED = {
    "event": (0.862, 0.783), "kind": (0.831, 0.755), "actor": (0.808, 0.711),
    "target": (0.736, 0.698), "companies": (0.500, 0.333), "value_usd": (0.667, 0.800),
    "rate_from": (1.000, 1.000), "rate_to": (0.667, 0.286), "rate_change": (0.667, 0.667),
    "sectors": (0.630, 0.475), "date": (0.815, 0.741), "status": (0.831, 0.755),
}  # fmt: skip


#: The one measurement on fresh38_reports.yaml (41 reports, 143 events; precision, recall),
#: written during rounds 58 to 60 (16 long articles; its writer saw part of docs/news.md's
#: quality section by mistake) and measured once after them, with the calibrated confidence
#: model (rules alone: events 0.826 / 0.762).
FRESH38_MEASURED = {
    "event": (0.870, 0.748), "kind": (0.829, 0.713), "actor": (0.821, 0.671),
    "target": (0.811, 0.670), "companies": (0.667, 0.500), "value_usd": (0.500, 0.167),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.500, 0.125),
    "sectors": (0.711, 0.500), "date": (0.789, 0.678), "status": (0.813, 0.699),
}  # fmt: skip


#: The one measurement on fresh39_reports.yaml (42 reports, 139 events; precision, recall),
#: written and labelled blind during rounds 61 and 62 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.673 / 0.827).
FRESH39_MEASURED = {
    "event": (0.755, 0.799), "kind": (0.673, 0.712), "actor": (0.733, 0.712),
    "target": (0.663, 0.657), "companies": (0.750, 0.600), "value_usd": (0.333, 0.250),
    "rate_from": (0.750, 0.429), "rate_to": (0.714, 0.625), "rate_change": (0.143, 0.500),
    "sectors": (0.564, 0.674), "date": (0.707, 0.748), "status": (0.680, 0.719),
}  # fmt: skip


#: The one measurement on fresh40_reports.yaml (44 reports, 117 events; precision, recall),
#: written and labelled blind during rounds 65 to 71 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.739 / 0.701).
FRESH40_MEASURED = {
    "event": (0.849, 0.675), "kind": (0.785, 0.624), "actor": (0.802, 0.605),
    "target": (0.746, 0.602), "companies": (0.667, 0.286), "value_usd": (1.000, 0.500),
    "rate_from": (1.000, 0.500), "rate_to": (0.500, 0.333), "rate_change": (0.500, 1.000),
    "sectors": (0.697, 0.561), "date": (0.774, 0.615), "status": (0.817, 0.650),
}  # fmt: skip


#: The one measurement on fresh41_reports.yaml (43 reports, 112 events; precision, recall),
#: written and labelled blind during rounds 72 to 79 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.656 / 0.732).
FRESH41_MEASURED = {
    "event": (0.718, 0.705), "kind": (0.655, 0.643), "actor": (0.660, 0.595),
    "target": (0.612, 0.500), "companies": (0.500, 0.455), "value_usd": (0.400, 0.500),
    "rate_from": (0.750, 0.429), "rate_to": (0.667, 0.571), "rate_change": (0.250, 0.200),
    "sectors": (0.621, 0.462), "date": (0.682, 0.670), "status": (0.636, 0.625),
}  # fmt: skip


#: The one measurement on fresh42_reports.yaml (43 reports, 104 events; precision, recall),
#: written and labelled blind during rounds 80 to 85 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.726 / 0.788).
FRESH42_MEASURED = {
    "event": (0.816, 0.769), "kind": (0.755, 0.712), "actor": (0.750, 0.618),
    "target": (0.660, 0.600), "companies": (0.600, 0.450), "value_usd": (1.000, 0.250),
    "rate_from": (1.000, 0.000), "rate_to": (0.000, 0.000), "rate_change": (0.364, 0.500),
    "sectors": (0.548, 0.531), "date": (0.724, 0.683), "status": (0.735, 0.692),
}  # fmt: skip


#: The one measurement on fresh43_reports.yaml (43 reports, 126 events; precision, recall),
#: written and labelled blind during rounds 86 to 87 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.773 / 0.810).
FRESH43_MEASURED = {
    "event": (0.860, 0.778), "kind": (0.833, 0.754), "actor": (0.857, 0.694),
    "target": (0.774, 0.787), "companies": (0.542, 0.481), "value_usd": (1.000, 1.000),
    "rate_from": (1.000, 0.667), "rate_to": (0.833, 0.625), "rate_change": (0.810, 0.680),
    "sectors": (0.745, 0.707), "date": (0.789, 0.714), "status": (0.693, 0.627),
}  # fmt: skip


#: The one measurement on fresh44_reports.yaml (44 reports, 108 events; precision, recall),
#: written and labelled blind during rounds 88 to 90 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.740 / 0.713).
FRESH44_MEASURED = {
    "event": (0.860, 0.685), "kind": (0.802, 0.639), "actor": (0.803, 0.581),
    "target": (0.500, 0.531), "companies": (0.923, 0.857), "value_usd": (1.000, 0.333),
    "rate_from": (1.000, 0.750), "rate_to": (0.857, 0.857), "rate_change": (1.000, 0.700),
    "sectors": (0.656, 0.467), "date": (0.802, 0.639), "status": (0.826, 0.657),
}  # fmt: skip


#: The one measurement on fresh45_reports.yaml (43 reports, 105 events; precision, recall),
#: written and labelled blind during rounds 91 to 93 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.755 / 0.705).
FRESH45_MEASURED = {
    "event": (0.855, 0.676), "kind": (0.759, 0.600), "actor": (0.772, 0.581),
    "target": (0.784, 0.526), "companies": (0.625, 0.333), "value_usd": (1.000, 1.000),
    "rate_from": (1.000, 0.857), "rate_to": (1.000, 0.857), "rate_change": (1.000, 1.000),
    "sectors": (0.550, 0.256), "date": (0.831, 0.657), "status": (0.819, 0.648),
}  # fmt: skip


#: The one measurement on fresh46_reports.yaml (43 reports, 118 events; precision, recall),
#: written and labelled blind during rounds 96 to 97 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.724 / 0.644).
FRESH46_MEASURED = {
    "event": (0.847, 0.610), "kind": (0.776, 0.559), "actor": (0.808, 0.543),
    "target": (0.551, 0.450), "companies": (0.667, 0.400), "value_usd": (1.000, 0.500),
    "rate_from": (1.000, 0.600), "rate_to": (0.600, 0.375), "rate_change": (1.000, 0.636),
    "sectors": (0.517, 0.319), "date": (0.788, 0.568), "status": (0.729, 0.525),
}  # fmt: skip


#: The one measurement on fresh47_reports.yaml (44 reports, 122 events; precision, recall),
#: written and labelled blind during rounds 98 to 100 (16 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.774 / 0.672).
FRESH47_MEASURED = {
    "event": (0.864, 0.623), "kind": (0.784, 0.566), "actor": (0.762, 0.521),
    "target": (0.783, 0.600), "companies": (0.786, 0.611), "value_usd": (1.000, 1.000),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 0.000),
    "sectors": (0.500, 0.391), "date": (0.795, 0.574), "status": (0.807, 0.582),
}  # fmt: skip


#: The one measurement on fresh48_reports.yaml (42 reports, 118 events; precision, recall),
#: written and labelled blind during rounds 101 to 102 (4 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.717 / 0.729).
FRESH48_MEASURED = {
    "event": (0.847, 0.703), "kind": (0.745, 0.619), "actor": (0.791, 0.626),
    "target": (0.686, 0.603), "companies": (0.312, 0.385), "value_usd": (0.333, 0.500),
    "rate_from": (0.333, 0.167), "rate_to": (0.333, 0.125), "rate_change": (0.857, 0.857),
    "sectors": (0.667, 0.394), "date": (0.745, 0.619), "status": (0.755, 0.627),
}  # fmt: skip


#: The one measurement on fresh49_reports.yaml (43 reports, 118 events; precision, recall),
#: written and labelled blind during rounds 106 to 108 (17 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.667 / 0.712).
FRESH49_MEASURED = {
    "event": (0.783, 0.703), "kind": (0.623, 0.559), "actor": (0.760, 0.652),
    "target": (0.574, 0.660), "companies": (0.556, 0.500), "value_usd": (1.000, 0.000),
    "rate_from": (0.667, 0.333), "rate_to": (0.500, 0.333), "rate_change": (0.750, 0.600),
    "sectors": (0.575, 0.411), "date": (0.689, 0.619), "status": (0.698, 0.627),
}  # fmt: skip


#: The one measurement on fresh50_reports.yaml (43 reports, 90 events; precision, recall),
#: written and labelled blind during rounds 110 to 111 (15 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.692 / 0.822).
FRESH50_MEASURED = {
    "event": (0.849, 0.811), "kind": (0.779, 0.744), "actor": (0.775, 0.713),
    "target": (0.625, 0.638), "companies": (0.600, 0.500), "value_usd": (1.000, 0.333),
    "rate_from": (0.667, 1.000), "rate_to": (0.667, 1.000), "rate_change": (0.000, 0.000),
    "sectors": (0.682, 0.600), "date": (0.779, 0.744), "status": (0.756, 0.722),
}  # fmt: skip


#: The one measurement on fresh51_reports.yaml (43 reports, 93 events; precision, recall),
#: written and labelled blind during round 114 (16 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.693 / 0.753).  Two of its
#: labels (the rates of two duties phased out) were put to the conventions' reading before
#: the measurement was taken as its floor (docs/news.md).
FRESH51_MEASURED = {
    "event": (0.835, 0.710), "kind": (0.772, 0.656), "actor": (0.724, 0.632),
    "target": (0.733, 0.600), "companies": (0.600, 0.750), "value_usd": (1.000, 0.400),
    "rate_from": (1.000, 0.750), "rate_to": (1.000, 0.750), "rate_change": (0.667, 0.400),
    "sectors": (0.621, 0.562), "date": (0.722, 0.613), "status": (0.696, 0.591),
}  # fmt: skip


#: The one measurement on fresh52_reports.yaml (43 reports, 101 events; precision, recall),
#: written and labelled blind during rounds 116 to 118 (16 long articles) and measured once
#: after them, with the calibrated confidence model (rules alone: events 0.758 / 0.683).
FRESH52_MEASURED = {
    "event": (0.907, 0.673), "kind": (0.827, 0.614), "actor": (0.762, 0.522),
    "target": (0.721, 0.517), "companies": (0.200, 0.250), "value_usd": (0.000, 0.000),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 0.500), "rate_change": (0.571, 0.571),
    "sectors": (0.680, 0.607), "date": (0.893, 0.663), "status": (0.840, 0.624),
}  # fmt: skip


#: The one measurement on fresh53_reports.yaml (44 reports, 84 events; precision, recall),
#: written and labelled blind during round 121 (15 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.648 / 0.679).
FRESH53_MEASURED = {
    "event": (0.791, 0.631), "kind": (0.731, 0.583), "actor": (0.759, 0.524),
    "target": (0.694, 0.521), "companies": (0.833, 0.370), "value_usd": (1.000, 0.600),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.667, 1.000),
    "sectors": (0.545, 0.308), "date": (0.776, 0.619), "status": (0.761, 0.607),
}  # fmt: skip


#: The one measurement on fresh54_reports.yaml (43 reports, 100 events; precision, recall),
#: written and labelled blind during round 122 (15 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.728 / 0.750).
FRESH54_MEASURED = {
    "event": (0.835, 0.660), "kind": (0.734, 0.580), "actor": (0.723, 0.505),
    "target": (0.579, 0.468), "companies": (0.833, 0.312), "value_usd": (1.000, 0.000),
    "rate_from": (0.833, 0.625), "rate_to": (0.714, 0.556), "rate_change": (0.571, 1.000),
    "sectors": (0.385, 0.345), "date": (0.785, 0.620), "status": (0.772, 0.610),
}  # fmt: skip


#: The one measurement on fresh55_reports.yaml (43 reports, 92 events; precision, recall),
#: written and labelled blind during round 123 (15 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.655 / 0.598).
FRESH55_MEASURED = {
    "event": (0.757, 0.576), "kind": (0.700, 0.533), "actor": (0.667, 0.462),
    "target": (0.636, 0.424), "companies": (0.600, 0.158), "value_usd": (0.667, 0.400),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 0.625),
    "sectors": (0.667, 0.312), "date": (0.686, 0.522), "status": (0.686, 0.522),
}  # fmt: skip


#: The one measurement on fresh56_reports.yaml (43 reports, 78 events; precision, recall),
#: written and labelled blind during round 126 (15 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.675 / 0.667).
FRESH56_MEASURED = {
    "event": (0.820, 0.641), "kind": (0.803, 0.628), "actor": (0.667, 0.507),
    "target": (0.564, 0.423), "companies": (0.571, 0.444), "value_usd": (0.333, 0.250),
    "rate_from": (0.667, 1.000), "rate_to": (0.667, 1.000), "rate_change": (0.333, 0.200),
    "sectors": (0.529, 0.429), "date": (0.787, 0.615), "status": (0.803, 0.628),
}  # fmt: skip


#: The one measurement on fresh57_reports.yaml (44 reports, 94 events; precision, recall),
#: written and labelled blind during round 128 (16 long articles) and measured once after
#: it, with the calibrated confidence model (rules alone: events 0.653 / 0.702).
FRESH57_MEASURED = {
    "event": (0.797, 0.628), "kind": (0.703, 0.553), "actor": (0.571, 0.450),
    "target": (0.569, 0.475), "companies": (0.500, 0.111), "value_usd": (1.000, 0.333),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 0.500),
    "sectors": (0.333, 0.179), "date": (0.743, 0.585), "status": (0.716, 0.564),
}  # fmt: skip


#: The one measurement on fresh58_reports.yaml (42 reports, 94 events; precision, recall),
#: written and labelled blind during rounds 130 and 131 (15 long articles) and measured once
#: after round 131, with the calibrated confidence model (rules alone: events 0.691 / 0.713).
FRESH58_MEASURED = {
    "event": (0.810, 0.681), "kind": (0.772, 0.649), "actor": (0.716, 0.596),
    "target": (0.605, 0.542), "companies": (0.000, 0.000), "value_usd": (0.000, 0.000),
    "rate_from": (1.000, 0.500), "rate_to": (0.500, 0.500), "rate_change": (1.000, 1.000),
    "sectors": (0.560, 0.400), "date": (0.709, 0.596), "status": (0.734, 0.617),
}  # fmt: skip


#: The one measurement on fresh59_reports.yaml (44 reports, 116 events; precision, recall),
#: written and labelled blind during round 133 (17 long articles; most episodes of
#: 2002-2009) and measured once after it, with the calibrated confidence model (rules
#: alone: events 0.638 / 0.819).
FRESH59_MEASURED = {
    "event": (0.791, 0.784), "kind": (0.748, 0.741), "actor": (0.726, 0.733),
    "target": (0.642, 0.729), "companies": (0.700, 0.500), "value_usd": (0.500, 0.667),
    "rate_from": (1.000, 0.667), "rate_to": (1.000, 0.667), "rate_change": (0.800, 1.000),
    "sectors": (0.595, 0.431), "date": (0.739, 0.733), "status": (0.757, 0.750),
}  # fmt: skip


#: The one measurement on fresh60_reports.yaml (44 reports, 130 events; precision, recall),
#: written and labelled blind during rounds 134 and 135 (16 long articles; most episodes of
#: 1995-2009) and measured once after round 135, with the calibrated confidence model
#: (rules alone: events 0.717 / 0.762).
FRESH60_MEASURED = {
    "event": (0.839, 0.723), "kind": (0.812, 0.700), "actor": (0.747, 0.617),
    "target": (0.672, 0.569), "companies": (0.900, 0.818), "value_usd": (1.000, 0.250),
    "rate_from": (1.000, 0.667), "rate_to": (1.000, 1.000), "rate_change": (0.875, 0.778),
    "sectors": (0.609, 0.341), "date": (0.750, 0.646), "status": (0.732, 0.631),
}  # fmt: skip


#: The one measurement on fresh61_reports.yaml (44 reports, 111 events; precision, recall),
#: written and labelled blind during rounds 136 and 137 (16 long articles; most episodes of
#: 1995-2009) and measured once after round 137, with the calibrated confidence model
#: (rules alone: events 0.690 / 0.883).
FRESH61_MEASURED = {
    "event": (0.818, 0.811), "kind": (0.736, 0.730), "actor": (0.699, 0.713),
    "target": (0.700, 0.712), "companies": (0.750, 0.643), "value_usd": (0.750, 0.429),
    "rate_from": (0.667, 0.667), "rate_to": (0.750, 0.750), "rate_change": (1.000, 0.625),
    "sectors": (0.750, 0.686), "date": (0.718, 0.712), "status": (0.773, 0.766),
}  # fmt: skip


#: The one measurement on fresh62_reports.yaml (44 reports, 113 events; precision, recall),
#: written and labelled blind during round 138 (16 long articles; 38 of its 44 episodes of
#: 1995-2009) and measured once after it, with the calibrated confidence model (rules alone:
#: events 0.647 / 0.761).
FRESH62_MEASURED = {
    "event": (0.798, 0.735), "kind": (0.721, 0.664), "actor": (0.729, 0.693),
    "target": (0.754, 0.700), "companies": (0.583, 0.583), "value_usd": (1.000, 0.000),
    "rate_from": (0.667, 0.667), "rate_to": (1.000, 0.667), "rate_change": (0.000, 0.000),
    "sectors": (0.595, 0.489), "date": (0.740, 0.681), "status": (0.740, 0.681),
}  # fmt: skip


#: The one measurement on fresh63_reports.yaml (44 reports, 112 events; precision, recall),
#: written and labelled blind during rounds 139 and 140 (16 long articles; 41 of its 44
#: episodes of 1985-1994) and measured once after round 139, on its commit, with the
#: calibrated confidence model (rules alone: events 0.647 / 0.768).
FRESH63_MEASURED = {
    "event": (0.777, 0.714), "kind": (0.621, 0.571), "actor": (0.702, 0.590),
    "target": (0.639, 0.600), "companies": (0.750, 0.375), "value_usd": (0.800, 0.571),
    "rate_from": (1.000, 0.667), "rate_to": (1.000, 0.667), "rate_change": (0.600, 0.600),
    "sectors": (0.633, 0.432), "date": (0.699, 0.643), "status": (0.699, 0.643),
}  # fmt: skip


#: The one measurement on fresh64_reports.yaml (44 reports, 123 events; precision, recall),
#: written and labelled blind during rounds 141 and 142 (15 long articles; 27 of its 44
#: episodes of 1975-1984) and measured once after round 142, with the calibrated confidence
#: model (rules alone: events 0.770 / 0.764).
FRESH64_MEASURED = {
    "event": (0.850, 0.740), "kind": (0.720, 0.626), "actor": (0.774, 0.621),
    "target": (0.672, 0.537), "companies": (0.583, 0.438), "value_usd": (1.000, 0.167),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.500, 1.000),
    "sectors": (0.414, 0.226), "date": (0.738, 0.642), "status": (0.794, 0.691),
}  # fmt: skip


#: The one measurement on fresh65_reports.yaml (42 reports, 114 events; precision, recall),
#: written and labelled blind during round 143 (15 long articles; every episode with events
#: of 1976-2001, 24 of its events currency steps) and measured once after it, with the
#: calibrated confidence model (rules alone: events 0.608 / 0.640).
FRESH65_MEASURED = {
    "event": (0.707, 0.614), "kind": (0.606, 0.526), "actor": (0.613, 0.564),
    "target": (0.568, 0.521), "companies": (0.333, 0.143), "value_usd": (0.500, 0.333),
    "rate_from": (0.500, 0.500), "rate_to": (0.333, 0.333), "rate_change": (1.000, 1.000),
    "sectors": (0.500, 0.371), "date": (0.616, 0.535), "status": (0.576, 0.500),
}  # fmt: skip


#: The one measurement on fresh66_reports.yaml (42 reports, 105 events; precision, recall),
#: written and labelled blind during round 144 (15 long articles; episodes of 1975-2009
#: spread over the decades) and measured once after it, with the calibrated confidence
#: model (rules alone: events 0.723 / 0.771).
FRESH66_MEASURED = {
    "event": (0.865, 0.733), "kind": (0.753, 0.638), "actor": (0.812, 0.670),
    "target": (0.717, 0.613), "companies": (0.364, 0.250), "value_usd": (0.500, 0.143),
    "rate_from": (0.667, 0.250), "rate_to": (0.800, 0.400), "rate_change": (0.400, 0.500),
    "sectors": (0.643, 0.281), "date": (0.753, 0.638), "status": (0.775, 0.657),
}  # fmt: skip


#: The one measurement on fresh67_reports.yaml (42 reports, 92 events; precision, recall),
#: written and labelled blind during round 145 (15 long articles; 38 of its 42 episodes of
#: 1975-2009) and measured once after it, with the calibrated confidence model (rules
#: alone: events 0.622 / 0.663).
FRESH67_MEASURED = {
    "event": (0.773, 0.630), "kind": (0.667, 0.543), "actor": (0.638, 0.524),
    "target": (0.640, 0.561), "companies": (0.286, 0.333), "value_usd": (0.000, 0.000),
    "rate_from": (1.000, 1.000), "rate_to": (0.500, 1.000), "rate_change": (0.833, 0.500),
    "sectors": (0.375, 0.138), "date": (0.667, 0.543), "status": (0.707, 0.576),
}  # fmt: skip


#: The one measurement on fresh68_reports.yaml (42 reports, 110 events; precision, recall),
#: written and labelled blind during round 146 (15 long articles; 40 of its 42 episodes of
#: 1975-2009) and measured once on the commit of round 145, with the calibrated confidence
#: model (rules alone: events 0.596 / 0.736).
FRESH68_MEASURED = {
    "event": (0.717, 0.691), "kind": (0.613, 0.591), "actor": (0.637, 0.537),
    "target": (0.554, 0.443), "companies": (0.500, 0.333), "value_usd": (0.500, 0.250),
    "rate_from": (1.000, 0.500), "rate_to": (1.000, 0.333), "rate_change": (0.667, 0.364),
    "sectors": (0.586, 0.340), "date": (0.585, 0.564), "status": (0.651, 0.627),
}  # fmt: skip


#: The one measurement on fresh69_reports.yaml (42 reports, 93 events; precision, recall),
#: written and labelled blind during round 146 (15 long articles; 36 of its 42 episodes of
#: 1975-2009) and measured once after it, with the calibrated confidence model (rules
#: alone: events 0.673 / 0.796).
FRESH69_MEASURED = {
    "event": (0.809, 0.774), "kind": (0.742, 0.710), "actor": (0.775, 0.697),
    "target": (0.607, 0.618), "companies": (0.600, 0.600), "value_usd": (1.000, 1.000),
    "rate_from": (0.500, 0.400), "rate_to": (0.500, 0.667), "rate_change": (0.667, 0.400),
    "sectors": (0.467, 0.241), "date": (0.742, 0.710), "status": (0.775, 0.742),
}  # fmt: skip


#: The one measurement on fresh70_reports.yaml (42 reports, 131 events; precision, recall),
#: written and labelled blind during round 147 (18 long articles; 38 of its 42 episodes of
#: 1975-2009) and measured once on round 146's rules and model, with the calibrated
#: confidence model (rules alone: events 0.779 / 0.725).
FRESH70_MEASURED = {
    "event": (0.894, 0.710), "kind": (0.856, 0.679), "actor": (0.897, 0.680),
    "target": (0.797, 0.610), "companies": (0.375, 0.333), "value_usd": (1.000, 0.111),
    "rate_from": (0.833, 0.833), "rate_to": (0.875, 0.778), "rate_change": (1.000, 0.714),
    "sectors": (0.633, 0.358), "date": (0.817, 0.649), "status": (0.837, 0.664),
}  # fmt: skip


#: The one measurement on fresh71_reports.yaml (42 reports, 118 events; precision, recall),
#: written and labelled blind after round 147 (15 long articles; 36 of its 42 episodes of
#: 1975-2009) and measured once on its final commit, with the calibrated confidence model
#: (rules alone: events 0.662 / 0.729).
FRESH71_MEASURED = {
    "event": (0.818, 0.686), "kind": (0.758, 0.636), "actor": (0.719, 0.604),
    "target": (0.623, 0.603), "companies": (0.500, 0.444), "value_usd": (1.000, 0.400),
    "rate_from": (1.000, 0.400), "rate_to": (0.833, 0.455), "rate_change": (1.000, 0.500),
    "sectors": (0.355, 0.216), "date": (0.717, 0.602), "status": (0.747, 0.627),
}  # fmt: skip


#: The one measurement on fresh72_reports.yaml (42 reports, 122 events; precision, recall),
#: written and labelled blind during round 148 (16 long articles) and measured once on
#: its final commit (e87c5b6), with the calibrated confidence model (rules alone: events
#: 0.728 / 0.746).
FRESH72_MEASURED = {
    "event": (0.851, 0.705), "kind": (0.752, 0.623), "actor": (0.744, 0.635),
    "target": (0.691, 0.559), "companies": (0.000, 0.000), "value_usd": (1.000, 0.333),
    "rate_from": (1.000, 1.000), "rate_to": (0.500, 0.250), "rate_change": (0.600, 1.000),
    "sectors": (0.455, 0.323), "date": (0.792, 0.656), "status": (0.812, 0.672),
}  # fmt: skip


#: The one measurement on fresh73_reports.yaml (44 reports, 135 events; precision, recall),
#: written and labelled blind during round 148 (16 long articles) and measured once on
#: its final commit (e87c5b6), with the calibrated confidence model (rules alone: events
#: 0.764 / 0.719).
FRESH73_MEASURED = {
    "event": (0.885, 0.681), "kind": (0.808, 0.622), "actor": (0.719, 0.582),
    "target": (0.703, 0.652), "companies": (0.500, 0.667), "value_usd": (0.667, 1.000),
    "rate_from": (1.000, 0.800), "rate_to": (0.800, 0.444), "rate_change": (0.500, 1.000),
    "sectors": (0.704, 0.413), "date": (0.788, 0.607), "status": (0.827, 0.637),
}  # fmt: skip


#: The one measurement on fresh74_reports.yaml (42 reports, 158 events; precision, recall),
#: written and labelled blind during round 149 (15 long articles) and measured once on
#: its final commit (9b42e55), with the calibrated confidence model (rules alone: events
#: 0.775 / 0.741).
FRESH74_MEASURED = {
    "event": (0.886, 0.690), "kind": (0.780, 0.608), "actor": (0.705, 0.574),
    "target": (0.763, 0.527), "companies": (0.444, 0.800), "value_usd": (1.000, 1.000),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 0.000), "rate_change": (1.000, 0.500),
    "sectors": (0.633, 0.302), "date": (0.837, 0.652), "status": (0.813, 0.633),
}  # fmt: skip


#: The one measurement on fresh75_reports.yaml (42 reports, 163 events; precision, recall),
#: written and labelled blind during round 150 (15 long articles) and measured once on
#: its final commit (194d53c), with the calibrated confidence model (rules alone: events
#: 0.784 / 0.644).
FRESH75_MEASURED = {
    "event": (0.913, 0.583), "kind": (0.808, 0.515), "actor": (0.729, 0.440),
    "target": (0.593, 0.478), "companies": (0.500, 0.200), "value_usd": (1.000, 1.000),
    "rate_from": (0.750, 0.429), "rate_to": (0.600, 0.429), "rate_change": (0.000, 1.000),
    "sectors": (0.517, 0.333), "date": (0.816, 0.515), "status": (0.865, 0.552),
}  # fmt: skip


#: The one measurement on fresh76_reports.yaml (42 reports, 139 events; precision, recall),
#: written and labelled blind during round 151 (15 long articles) and measured once on
#: its final commit (6ee3576), with the calibrated confidence model (rules alone: events
#: 0.796 / 0.647).
FRESH76_MEASURED = {
    "event": (0.880, 0.633), "kind": (0.820, 0.590), "actor": (0.725, 0.500),
    "target": (0.700, 0.477), "companies": (0.538, 0.241), "value_usd": (1.000, 0.400),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 1.000),
    "sectors": (0.737, 0.255), "date": (0.780, 0.561), "status": (0.800, 0.576),
}  # fmt: skip


#: The one measurement on fresh77_reports.yaml (42 reports, 162 events; precision, recall),
#: written and labelled blind during round 152 (15 long articles; 29 episodes of the
#: 1950s) and measured once on its final commit (d069ad8), with the calibrated confidence
#: model (rules alone: events 0.773 / 0.525).
FRESH77_MEASURED = {
    "event": (0.876, 0.481), "kind": (0.708, 0.389), "actor": (0.711, 0.372),
    "target": (0.615, 0.327), "companies": (0.000, 0.000), "value_usd": (1.000, 0.000),
    "rate_from": (0.000, 1.000), "rate_to": (1.000, 0.000), "rate_change": (0.000, 1.000),
    "sectors": (0.579, 0.239), "date": (0.708, 0.389), "status": (0.798, 0.438),
}  # fmt: skip


#: The one measurement on fresh78_reports.yaml (42 reports, 193 events; precision, recall),
#: written and labelled blind during round 153 (15 long articles; 36 episodes of the 1960s
#: and 1970s) and measured once on its final commit (5f12871), with the calibrated
#: confidence model (rules alone: events 0.802 / 0.482).
FRESH78_MEASURED = {
    "event": (0.891, 0.425), "kind": (0.696, 0.332), "actor": (0.825, 0.355),
    "target": (0.656, 0.331), "companies": (0.600, 0.158), "value_usd": (1.000, 0.750),
    "rate_from": (0.000, 0.000), "rate_to": (0.000, 0.000), "rate_change": (0.000, 1.000),
    "sectors": (0.379, 0.157), "date": (0.804, 0.383), "status": (0.772, 0.368),
}  # fmt: skip


#: The one measurement on fresh79_reports.yaml (40 reports, 200 events; precision, recall),
#: written and labelled blind during round 154 (15 long articles; 38 episodes of the 1980s
#: and 1990s) and measured once on its final commit (45776ce), with the calibrated
#: confidence model (rules alone: events 0.736 / 0.515).
FRESH79_MEASURED = {
    "event": (0.855, 0.470), "kind": (0.727, 0.400), "actor": (0.688, 0.359),
    "target": (0.591, 0.328), "companies": (0.800, 0.286), "value_usd": (1.000, 0.333),
    "rate_from": (0.000, 0.000), "rate_to": (0.167, 0.100), "rate_change": (0.000, 1.000),
    "sectors": (0.625, 0.227), "date": (0.709, 0.390), "status": (0.809, 0.445),
}  # fmt: skip


#: The one measurement on fresh80_reports.yaml (43 reports, 172 events; precision, recall),
#: written and labelled blind during round 155 (15 long articles; episodes of 2000-2012)
#: and measured once on its final commit (ba345cc), with the calibrated confidence model
#: (rules alone: events 0.653 / 0.558).
FRESH80_MEASURED = {
    "event": (0.815, 0.512), "kind": (0.667, 0.419), "actor": (0.689, 0.419),
    "target": (0.608, 0.369), "companies": (0.333, 0.185), "value_usd": (1.000, 0.000),
    "rate_from": (0.000, 0.000), "rate_to": (0.333, 0.111), "rate_change": (0.000, 0.000),
    "sectors": (0.524, 0.172), "date": (0.685, 0.430), "status": (0.769, 0.483),
}  # fmt: skip


#: The one measurement on fresh81_reports.yaml (40 reports, 123 events; precision, recall),
#: written and labelled blind during round 156 (10 long articles, 23 briefs) and measured
#: once on its final commit (a92a316), with the calibrated confidence model (rules alone:
#: events 0.752 / 0.642).
FRESH81_MEASURED = {
    "event": (0.780, 0.577), "kind": (0.615, 0.455), "actor": (0.635, 0.450),
    "target": (0.538, 0.432), "companies": (0.667, 0.308), "value_usd": (1.000, 0.000),
    "rate_from": (1.000, 0.000), "rate_to": (1.000, 0.000), "rate_change": (0.000, 1.000),
    "sectors": (0.650, 0.277), "date": (0.670, 0.496), "status": (0.714, 0.528),
}  # fmt: skip

#: The one measurement on fresh82_reports.yaml (41 reports, 198 events; precision, recall),
#: written and labelled blind during round 157 (15 long articles) and measured once on its
#: final commit (dc1a8e7), with the calibrated confidence model (rules alone: events
#: 0.843 / 0.596).
FRESH82_MEASURED = {
    "event": (0.908, 0.551), "kind": (0.750, 0.455), "actor": (0.819, 0.437),
    "target": (0.817, 0.433), "companies": (0.200, 0.071), "value_usd": (1.000, 0.143),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 0.000), "rate_change": (0.000, 1.000),
    "sectors": (0.364, 0.107), "date": (0.725, 0.439), "status": (0.842, 0.510),
}  # fmt: skip


#: The one measurement on fresh83_reports.yaml (40 reports, 199 events; precision, recall),
#: written and labelled blind during round 159 (15 long articles) and measured once on its
#: final commit (20f046b), with the calibrated confidence model (rules alone: events
#: 0.805 / 0.477).
FRESH83_MEASURED = {
    "event": (0.875, 0.457), "kind": (0.750, 0.392), "actor": (0.745, 0.368),
    "target": (0.607, 0.293), "companies": (0.625, 0.208), "value_usd": (1.000, 0.100),
    "rate_from": (1.000, 0.500), "rate_to": (1.000, 0.167), "rate_change": (0.000, 1.000),
    "sectors": (0.480, 0.130), "date": (0.798, 0.417), "status": (0.788, 0.412),
}  # fmt: skip


#: The one measurement on fresh84_reports.yaml (40 reports, 164 events; precision, recall),
#: written and labelled blind during round 160 (15 long articles) and measured once on its
#: final commit (b8a0853), with the calibrated confidence model (rules alone: events
#: 0.788 / 0.634).
FRESH84_MEASURED = {
    "event": (0.870, 0.610), "kind": (0.835, 0.585), "actor": (0.771, 0.454),
    "target": (0.672, 0.500), "companies": (0.667, 0.267), "value_usd": (1.000, 0.125),
    "rate_from": (1.000, 0.222), "rate_to": (0.500, 0.059), "rate_change": (0.000, 1.000),
    "sectors": (0.613, 0.241), "date": (0.765, 0.537), "status": (0.800, 0.561),
}  # fmt: skip


#: The one measurement on fresh85_reports.yaml (42 reports, 225 events; precision, recall),
#: written and labelled blind during round 161 (15 long articles) and measured once on its
#: final commit (955094a), with the calibrated confidence model (rules alone: events
#: 0.846 / 0.489).
FRESH85_MEASURED = {
    "event": (0.882, 0.467), "kind": (0.807, 0.427), "actor": (0.748, 0.356),
    "target": (0.443, 0.270), "companies": (0.375, 0.103), "value_usd": (0.500, 0.083),
    "rate_from": (0.000, 0.000), "rate_to": (0.000, 0.000), "rate_change": (0.000, 1.000),
    "sectors": (0.609, 0.127), "date": (0.737, 0.387), "status": (0.815, 0.431),
}  # fmt: skip


#: The one measurement on fresh86_reports.yaml (42 reports, 198 events; precision, recall),
#: written and labelled blind during round 162 (15 long articles) and measured once on its
#: final commit (c9a378f), with the calibrated confidence model (rules alone: events
#: 0.802 / 0.530).
FRESH86_MEASURED = {
    "event": (0.909, 0.505), "kind": (0.873, 0.485), "actor": (0.847, 0.419),
    "target": (0.733, 0.346), "companies": (0.697, 0.207), "value_usd": (1.000, 0.062),
    "rate_from": (0.000, 1.000), "rate_to": (0.000, 1.000), "rate_change": (0.667, 0.500),
    "sectors": (0.333, 0.035), "date": (0.682, 0.379), "status": (0.873, 0.485),
}  # fmt: skip


#: The one measurement on fresh87_reports.yaml (40 reports, 212 events; precision, recall),
#: written and labelled blind during round 163 (15 long articles) and measured once on its
#: final commit (a564f52), with the calibrated confidence model (rules alone: events
#: 0.788 / 0.703).
FRESH87_MEASURED = {
    "event": (0.870, 0.660), "kind": (0.807, 0.613), "actor": (0.775, 0.514),
    "target": (0.628, 0.454), "companies": (0.525, 0.344), "value_usd": (0.000, 0.000),
    "rate_from": (0.333, 0.200), "rate_to": (0.500, 0.067), "rate_change": (0.000, 1.000),
    "sectors": (0.390, 0.165), "date": (0.720, 0.547), "status": (0.770, 0.585),
}  # fmt: skip


#: The one measurement on fresh88_reports.yaml (42 reports, 210 events; precision, recall),
#: written and labelled blind during round 164 (15 long articles) to the labelling guide and
#: measured once on its final commit (102bc7e), with the calibrated confidence model (rules alone:
#: events 0.829 / 0.552).
FRESH88_MEASURED = {
    "event": (0.889, 0.533), "kind": (0.817, 0.490), "actor": (0.796, 0.413),
    "target": (0.589, 0.371), "companies": (0.500, 0.217), "value_usd": (0.000, 0.000),
    "rate_from": (0.818, 0.750), "rate_to": (0.857, 0.429), "rate_change": (0.667, 0.667),
    "sectors": (0.424, 0.149), "date": (0.738, 0.443), "status": (0.825, 0.495),
}  # fmt: skip


#: The one measurement on fresh89_reports.yaml (42 reports, 157 events; precision, recall),
#: written and labelled blind during round 165 (15 long articles) to the labelling guide and
#: measured once on its final commit (c9b0459), with the calibrated confidence model (rules alone:
#: events 0.770 / 0.726).
FRESH89_MEASURED = {
    "event": (0.833, 0.701), "kind": (0.758, 0.637), "actor": (0.762, 0.600),
    "target": (0.667, 0.539), "companies": (0.647, 0.344), "value_usd": (1.000, 0.500),
    "rate_from": (1.000, 0.000), "rate_to": (1.000, 0.000), "rate_change": (0.400, 1.000),
    "sectors": (0.429, 0.240), "date": (0.773, 0.650), "status": (0.780, 0.656),
}  # fmt: skip


#: The one measurement on fresh90_reports.yaml (42 reports, 149 events; precision, recall),
#: written and labelled blind during round 166 (15 long articles) to the labelling guide and
#: measured once on its final commit (22a9766), with the calibrated confidence model (rules alone:
#: events 0.781 / 0.671).
FRESH90_MEASURED = {
    "event": (0.918, 0.597), "kind": (0.825, 0.537), "actor": (0.786, 0.465),
    "target": (0.696, 0.481), "companies": (0.333, 0.111), "value_usd": (1.000, 0.000),
    "rate_from": (1.000, 0.200), "rate_to": (0.333, 0.050), "rate_change": (0.000, 1.000),
    "sectors": (0.700, 0.233), "date": (0.835, 0.544), "status": (0.845, 0.550),
}  # fmt: skip


#: The one measurement on fresh91_reports.yaml (42 reports, 154 events; precision, recall),
#: written and labelled blind during round 167 (15 long articles) to the labelling guide and
#: measured once on its final commit (15270ea), with the calibrated confidence model (rules alone:
#: events 0.821 / 0.773).
FRESH91_MEASURED = {
    "event": (0.883, 0.734), "kind": (0.812, 0.675), "actor": (0.858, 0.638),
    "target": (0.734, 0.553), "companies": (0.522, 0.414), "value_usd": (1.000, 1.000),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 0.444),
    "sectors": (0.519, 0.311), "date": (0.797, 0.662), "status": (0.789, 0.656),
}  # fmt: skip


#: The one measurement on fresh92_reports.yaml (42 reports, 158 events; precision, recall),
#: written and labelled blind during round 168 (15 long articles) to the labelling guide and
#: measured once on its final commit (113fca1), with the calibrated confidence model (rules alone:
#: events 0.765 / 0.741).
FRESH92_MEASURED = {
    "event": (0.853, 0.734), "kind": (0.809, 0.696), "actor": (0.778, 0.620),
    "target": (0.845, 0.619), "companies": (0.700, 0.304), "value_usd": (1.000, 0.500),
    "rate_from": (0.500, 0.667), "rate_to": (0.400, 0.667), "rate_change": (0.800, 0.667),
    "sectors": (0.385, 0.238), "date": (0.809, 0.696), "status": (0.816, 0.703),
}  # fmt: skip


#: The one measurement on fresh93_reports.yaml (41 reports, 140 events; precision, recall),
#: written and labelled blind while round 170 began (15 long articles) to the labelling guide
#: and measured once on that round's first commit (36bc532), with the calibrated confidence
#: model (rules alone: events 0.842 / 0.800).
FRESH93_MEASURED = {
    "event": (0.926, 0.800), "kind": (0.901, 0.779), "actor": (0.847, 0.671),
    "target": (0.797, 0.630), "companies": (0.600, 0.391), "value_usd": (1.000, 0.500),
    "rate_from": (1.000, 1.000), "rate_to": (0.600, 1.000), "rate_change": (0.600, 0.600),
    "sectors": (0.567, 0.270), "date": (0.860, 0.743), "status": (0.893, 0.771),
}  # fmt: skip


#: The one measurement on fresh94_reports.yaml (40 reports, 155 events; precision, recall),
#: written and labelled blind during round 170 (15 long articles) to the labelling guide and
#: measured once on its final commit (05de340), with the calibrated confidence model (rules
#: alone: events 0.783 / 0.697).
FRESH94_MEASURED = {
    "event": (0.832, 0.671), "kind": (0.744, 0.600), "actor": (0.748, 0.497),
    "target": (0.754, 0.467), "companies": (0.667, 0.333), "value_usd": (1.000, 0.667),
    "rate_from": (0.750, 0.750), "rate_to": (0.667, 1.000), "rate_change": (0.500, 0.333),
    "sectors": (0.387, 0.261), "date": (0.744, 0.641), "status": (0.800, 0.645),
}  # fmt: skip


#: The one measurement on fresh95_reports.yaml (40 reports, 116 events; precision, recall),
#: written and labelled blind during round 171 (15 long articles) to the labelling guide and
#: measured once on its final commit (18be22f), with the calibrated confidence model (rules
#: alone: events 0.761 / 0.767).
FRESH95_MEASURED = {
    "event": (0.879, 0.750), "kind": (0.788, 0.672), "actor": (0.839, 0.635),
    "target": (0.723, 0.580), "companies": (0.222, 0.133), "value_usd": (1.000, 0.667),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (1.000, 1.000),
    "sectors": (0.483, 0.400), "date": (0.768, 0.655), "status": (0.788, 0.672),
}  # fmt: skip


#: The one measurement on fresh96_reports.yaml (40 reports, 85 events; precision, recall),
#: written and labelled blind after round 171 (15 long articles) to the labelling guide and
#: measured once on the commit that recorded fresh95 (2731f4f), with the calibrated
#: confidence model (rules alone: events 0.555 / 0.718).
FRESH96_MEASURED = {
    "event": (0.638, 0.706), "kind": (0.574, 0.635), "actor": (0.542, 0.556),
    "target": (0.453, 0.580), "companies": (1.000, 0.000), "value_usd": (0.500, 0.500),
    "rate_from": (1.000, 1.000), "rate_to": (1.000, 1.000), "rate_change": (0.000, 0.000),
    "sectors": (0.389, 0.212), "date": (0.574, 0.635), "status": (0.564, 0.624),
}  # fmt: skip


def _measure(name: str):
    reports = load(name)
    result = score(reports, lambda text, date: read_report(text, date))
    print(f"\n{name}: {len(reports)} reports\n{table(result)}")
    print("\n".join(result.misses))
    return result


def _below(result, floors: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    return {
        field: (round(c.precision, 3), round(c.recall, 3))
        for field, c in result.counts.items()
        if c.precision < floors[field][0] - 1e-3 or c.recall < floors[field][1] - 1e-3
    }


@pytest.mark.parametrize("name", ["eval_reports.yaml", "dev_reports.yaml", "fresh_reports.yaml"])
def test_precision_and_recall_per_field_are_at_least_0_9(name):
    result = _measure(name)
    low = _below(result, dict.fromkeys(FIELDS, (0.9, 0.9)))
    assert not low, f"fields below 0.9 (precision, recall): {low}"


#: Each held-out set's one measurement (precision, recall per field), its floor: taken once,
#: when the set was written, before any rule could be changed for it.
FIRST_MEASUREMENTS = {
    "heldout_reports.yaml": HELDOUT_FIRST,
    "fresh_reports.yaml": FRESH_MEASURED,
    "fresh2_reports.yaml": FRESH2_MEASURED,
    "fresh3_reports.yaml": FRESH3_MEASURED,
    "fresh4_reports.yaml": FRESH4_MEASURED,
    "fresh5_reports.yaml": FRESH5_MEASURED,
    "fresh6_reports.yaml": FRESH6_MEASURED,
    "fresh7_reports.yaml": FRESH7_MEASURED,
    "fresh8_reports.yaml": FRESH8_MEASURED,
    "fresh9_reports.yaml": FRESH9_MEASURED,
    "fresh10_reports.yaml": FRESH10_MEASURED,
    "fresh11_reports.yaml": FRESH11_MEASURED,
    "fresh12_reports.yaml": FRESH12_MEASURED,
    "fresh13_reports.yaml": FRESH13_MEASURED,
    "fresh14_reports.yaml": FRESH14_MEASURED,
    "fresh15_reports.yaml": FRESH15_MEASURED,
    "fresh16_reports.yaml": FRESH16_MEASURED,
    "fresh17_reports.yaml": FRESH17_MEASURED,
    "fresh18_reports.yaml": FRESH18_MEASURED,
    "fresh19_reports.yaml": FRESH19_MEASURED,
    "fresh20_reports.yaml": FRESH20_MEASURED,
    "fresh21_reports.yaml": FRESH21_MEASURED,
    "fresh22_reports.yaml": FRESH22_MEASURED,
    "fresh23_reports.yaml": FRESH23_MEASURED,
    "fresh24_reports.yaml": FRESH24_MEASURED,
    "fresh25_reports.yaml": FRESH25_MEASURED,
    "fresh26_reports.yaml": FRESH26_MEASURED,
    "fresh27_reports.yaml": FRESH27_MEASURED,
    "fresh28_reports.yaml": FRESH28_MEASURED,
    "fresh29_reports.yaml": FRESH29_MEASURED,
    "fresh30_reports.yaml": FRESH30_MEASURED,
    "fresh31_reports.yaml": FRESH31_MEASURED,
    "fresh32_reports.yaml": FRESH32_MEASURED,
    "fresh33_reports.yaml": FRESH33_MEASURED,
    "fresh34_reports.yaml": FRESH34_MEASURED,
    "fresh35_reports.yaml": FRESH35_MEASURED,
    "fresh36_reports.yaml": FRESH36_MEASURED,
    "fresh37_reports.yaml": FRESH37_MEASURED,
    "fresh38_reports.yaml": FRESH38_MEASURED,
    "fresh39_reports.yaml": FRESH39_MEASURED,
    "fresh40_reports.yaml": FRESH40_MEASURED,
    "fresh41_reports.yaml": FRESH41_MEASURED,
    "fresh42_reports.yaml": FRESH42_MEASURED,
    "fresh43_reports.yaml": FRESH43_MEASURED,
    "fresh44_reports.yaml": FRESH44_MEASURED,
    "fresh45_reports.yaml": FRESH45_MEASURED,
    "fresh46_reports.yaml": FRESH46_MEASURED,
    "fresh47_reports.yaml": FRESH47_MEASURED,
    "fresh48_reports.yaml": FRESH48_MEASURED,
    "fresh49_reports.yaml": FRESH49_MEASURED,
    "fresh50_reports.yaml": FRESH50_MEASURED,
    "fresh51_reports.yaml": FRESH51_MEASURED,
    "fresh52_reports.yaml": FRESH52_MEASURED,
    "fresh53_reports.yaml": FRESH53_MEASURED,
    "fresh54_reports.yaml": FRESH54_MEASURED,
    "fresh55_reports.yaml": FRESH55_MEASURED,
    "fresh56_reports.yaml": FRESH56_MEASURED,
    "fresh57_reports.yaml": FRESH57_MEASURED,
    "fresh58_reports.yaml": FRESH58_MEASURED,
    "fresh59_reports.yaml": FRESH59_MEASURED,
    "fresh60_reports.yaml": FRESH60_MEASURED,
    "fresh61_reports.yaml": FRESH61_MEASURED,
    "fresh62_reports.yaml": FRESH62_MEASURED,
    "fresh63_reports.yaml": FRESH63_MEASURED,
    "fresh64_reports.yaml": FRESH64_MEASURED,
    "fresh65_reports.yaml": FRESH65_MEASURED,
    "fresh66_reports.yaml": FRESH66_MEASURED,
    "fresh67_reports.yaml": FRESH67_MEASURED,
    "fresh68_reports.yaml": FRESH68_MEASURED,
    "fresh69_reports.yaml": FRESH69_MEASURED,
    "fresh70_reports.yaml": FRESH70_MEASURED,
    "fresh71_reports.yaml": FRESH71_MEASURED,
    "fresh72_reports.yaml": FRESH72_MEASURED,
    "fresh73_reports.yaml": FRESH73_MEASURED,
    "fresh74_reports.yaml": FRESH74_MEASURED,
    "fresh75_reports.yaml": FRESH75_MEASURED,
    "fresh76_reports.yaml": FRESH76_MEASURED,
    "fresh77_reports.yaml": FRESH77_MEASURED,
    "fresh78_reports.yaml": FRESH78_MEASURED,
    "fresh79_reports.yaml": FRESH79_MEASURED,
    "fresh80_reports.yaml": FRESH80_MEASURED,
    "fresh81_reports.yaml": FRESH81_MEASURED,
    "fresh82_reports.yaml": FRESH82_MEASURED,
    "fresh83_reports.yaml": FRESH83_MEASURED,
    "fresh84_reports.yaml": FRESH84_MEASURED,
    "fresh85_reports.yaml": FRESH85_MEASURED,
    "fresh86_reports.yaml": FRESH86_MEASURED,
    "fresh87_reports.yaml": FRESH87_MEASURED,
    "fresh88_reports.yaml": FRESH88_MEASURED,
    "fresh89_reports.yaml": FRESH89_MEASURED,
    "fresh90_reports.yaml": FRESH90_MEASURED,
    "fresh91_reports.yaml": FRESH91_MEASURED,
    "fresh92_reports.yaml": FRESH92_MEASURED,
    "fresh93_reports.yaml": FRESH93_MEASURED,
    "fresh94_reports.yaml": FRESH94_MEASURED,
    "fresh95_reports.yaml": FRESH95_MEASURED,
    "fresh96_reports.yaml": FRESH96_MEASURED,
}


@pytest.mark.parametrize("name", list(FIRST_MEASUREMENTS))
def test_held_out_sets_never_fall_below_their_one_measurement(name):
    worse = _below(_measure(name), FIRST_MEASUREMENTS[name])
    assert not worse, f"fields of {name} below its one measurement: {worse}"


def test_the_evaluation_set_covers_every_kind_status_and_negative_cases():
    reports = load("eval_reports.yaml")
    assert len(reports) >= 20
    events = [e for r in reports for e in r["events"]]
    assert {e["kind"] for e in events} == set(EVENT_KINDS)
    assert {e["status"] for e in events} == {"threatened", "announced", "in_effect", "reversed"}
    assert sum(not r["events"] for r in reports) >= 2  # reports that must give no event
    assert set(FIELDS) >= {"actor", "target", "value_usd", "rate_from", "rate_to", "date"}


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("dev_reports.yaml", 30),
        ("fresh_reports.yaml", 15),
        ("fresh2_reports.yaml", 20),
        ("fresh3_reports.yaml", 30),
        ("fresh4_reports.yaml", 40),
        ("fresh5_reports.yaml", 40),
        ("fresh6_reports.yaml", 40),
        ("fresh7_reports.yaml", 40),
        ("fresh8_reports.yaml", 40),
        ("fresh9_reports.yaml", 40),
        ("fresh10_reports.yaml", 40),
        ("fresh11_reports.yaml", 40),
        ("fresh12_reports.yaml", 40),
        ("fresh13_reports.yaml", 40),
        ("fresh14_reports.yaml", 40),
        ("fresh15_reports.yaml", 40),
        ("fresh16_reports.yaml", 40),
        ("fresh17_reports.yaml", 40),
        ("fresh18_reports.yaml", 40),
        ("fresh19_reports.yaml", 40),
        ("fresh20_reports.yaml", 40),
        ("fresh21_reports.yaml", 40),
        ("fresh22_reports.yaml", 40),
        ("fresh23_reports.yaml", 40),
        ("fresh24_reports.yaml", 40),
        ("fresh25_reports.yaml", 40),
        ("fresh26_reports.yaml", 40),
        ("fresh27_reports.yaml", 40),
        ("fresh28_reports.yaml", 40),
        ("fresh29_reports.yaml", 40),
        ("fresh30_reports.yaml", 40),
        ("fresh31_reports.yaml", 40),
        ("fresh32_reports.yaml", 40),
        ("fresh33_reports.yaml", 40),
        ("fresh34_reports.yaml", 40),
        ("fresh35_reports.yaml", 40),
        ("fresh36_reports.yaml", 40),
        ("fresh37_reports.yaml", 40),
        ("fresh38_reports.yaml", 40),
        ("fresh39_reports.yaml", 40),
        ("fresh40_reports.yaml", 40),
        ("fresh41_reports.yaml", 40),
        ("fresh42_reports.yaml", 40),
        ("fresh43_reports.yaml", 40),
        ("fresh44_reports.yaml", 40),
        ("fresh45_reports.yaml", 40),
        ("fresh46_reports.yaml", 40),
        ("fresh47_reports.yaml", 40),
        ("fresh48_reports.yaml", 40),
        ("fresh49_reports.yaml", 40),
        ("fresh50_reports.yaml", 40),
        ("fresh51_reports.yaml", 40),
        ("fresh52_reports.yaml", 40),
        ("fresh53_reports.yaml", 40),
        ("fresh54_reports.yaml", 40),
        ("fresh55_reports.yaml", 40),
        ("fresh56_reports.yaml", 40),
        ("fresh57_reports.yaml", 40),
        ("fresh58_reports.yaml", 40),
        ("fresh59_reports.yaml", 40),
        ("fresh60_reports.yaml", 40),
        ("fresh61_reports.yaml", 40),
        ("fresh62_reports.yaml", 40),
        ("fresh63_reports.yaml", 40),
        ("fresh64_reports.yaml", 40),
        ("fresh65_reports.yaml", 40),
        ("fresh66_reports.yaml", 40),
        ("fresh67_reports.yaml", 40),
        ("fresh68_reports.yaml", 40),
        ("fresh69_reports.yaml", 40),
        ("fresh70_reports.yaml", 40),
        ("fresh71_reports.yaml", 40),
        ("fresh72_reports.yaml", 40),
        ("fresh73_reports.yaml", 40),
        ("fresh74_reports.yaml", 40),
        ("fresh75_reports.yaml", 40),
        ("fresh76_reports.yaml", 40),
        ("fresh77_reports.yaml", 40),
        ("fresh78_reports.yaml", 40),
        ("fresh79_reports.yaml", 40),
        ("fresh80_reports.yaml", 40),
        ("fresh81_reports.yaml", 40),
        ("fresh82_reports.yaml", 40),
        ("fresh83_reports.yaml", 40),
        ("fresh84_reports.yaml", 40),
        ("fresh85_reports.yaml", 42),
        ("fresh86_reports.yaml", 42),
        ("fresh87_reports.yaml", 40),
        ("fresh88_reports.yaml", 42),
        ("fresh89_reports.yaml", 42),
        ("fresh90_reports.yaml", 42),
        ("fresh91_reports.yaml", 42),
        ("fresh92_reports.yaml", 42),
        ("fresh93_reports.yaml", 41),
        ("fresh94_reports.yaml", 40),
        ("fresh95_reports.yaml", 40),
        ("fresh96_reports.yaml", 40),
    ],
)
def test_the_development_and_fresh_sets_are_large_enough(name, size):
    reports = load(name)
    assert len(reports) >= size
    assert len({r["id"] for r in reports}) == len(reports)
    assert sum(not r["events"] for r in reports) >= 2
    for r in reports:
        for e in r["events"]:
            assert e["quote"] in r["text"], (r["id"], e["quote"])
            assert e["kind"] in EVENT_KINDS
