"""Wild53 truth for MasoudJTehrani/sys-tax-artifact ``data/taxonomyMD.md``: the artifact of a systematic review
("A Taxonomy of System-Level Attacks on Deep Learning Models in Autonomous Vehicles"), the full taxonomy mapping of
the 21 reviewed papers as one wide table.  The file began as ``taxonomy.md`` at the repo root (c5de751, e03ecdd),
which was deleted when this re-uploaded version was added under ``data/`` (ac5c181, renamed from ``taxonomy (1).md``
in bee0839, 2025-09-16); bee0839 is the newest commit holding it.  The README lists the same 21 papers again as a
numbered list with links; this file has no links at all.

Shape: 23 lines, 10.6 KB, nothing but a pipe table: header (1) ``| Ref | Paper Title | App Domain | DL Model Under
Attack | System Under attack | Attack Scenario | Attacked Target | Attacker's Capability | Attack Strategy |
Attacker's System/Model knowledge | Attack/Error Specificity | Failure Specificity | Model-level results |
System-level results (Failure Propagation) |`` (14 columns), a ``| --- |`` alignment row (2), and 21 data rows
(3-23) ``| 1 | SlowTrack: Increasing the latency ... | Cars | SORT(Y5), FairMOT, ... |``; no heading, no prose.

Special cases:
- Only the second cell is a paper title; the other twelve descriptive cells name models, simulators and systems
  (``Baidu Apollo in LGSVL simulator (MSF)``, ``Tesla's APE lane recognition``) and long sentences, none of them
  works to list.
- Titles are in sentence case as written, with nickname prefixes (``SlowTrack:``, ``RPAU:``, ``DeepManeuver:``),
  a question mark (9), an en dash (``... CARLA simulator – experience report``, 13).
- No URLs, DOIs or arXiv ids anywhere: every entry has null ids.

Decisions:
- Entry = every data row (21), one line each; title = the ``Paper Title`` cell as written.
- Not entries: header and alignment rows.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "MasoudJTehrani__sys-tax-artifact__data__taxonomyMD@bee0839.md"
PART = "wild53_development"

ROW = re.compile(r"^\| (?P<ref>\d+) \| (?P<title>[^|]+?) \|(?: [^|]* \|){12}$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("| Ref | Paper Title | App Domain | DL Model Under Attack |"), lines[0]
    assert lines[1] == "|" + " --- |" * 14, lines[1]
    assert lines[23:] == [""], lines[23:]
    papers = []
    for n, ln in enumerate(lines[2:23], 3):
        m = ROW.match(ln)
        assert m, (n, ln[:120])
        assert int(m.group("ref")) == n - 2, (n, m.group("ref"))
        title = m.group("title")
        assert not re.search(r"[\[\]<>*`]|http", title), (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 21, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == ("SlowTrack: Increasing the latency of camera-based perception in autonomous driving using"
                             " adversarial examples"), t[3]
    assert t[9]["title"] == "Does physical adversarial example really matter to autonomous driving?", t[9]
    assert t[13]["title"] == "Attack and fault injection in self-driving agents on the CARLA simulator – experience report"
    assert t[23]["title"] == "Trojaning attack on neural networks", t[23]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the single 14-column taxonomy table (3-23) is an entry (21), one line each; title = the"
        " 'Paper Title' cell as written; the twelve descriptive cells (domain, models, systems, scenario, results)"
        " are not title text; header and alignment rows are not entries; no links, so no ids.",
        "Read all 23 lines; compared -v for all 21 rows against the Paper Title cells (Ref 1-21 in order, nickname"
        " prefixes SlowTrack/RPAU/DeepManeuver, '?' title 9, en dash 13, 'Physical-World' case 14); checked the"
        " file holds no URL.",
    )


if __name__ == "__main__":
    main()
