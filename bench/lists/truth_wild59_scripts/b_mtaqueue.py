"""Wild59 truth for allyoushawn/paper_reading_repo literature-survey/attribution-based-retention/queue.md at d5ca219
(2026-04-13): the reading queue of one of the owner's literature surveys (multi-touch ad attribution, causal
effects, marketing mix), kept with an LLM/NotebookLM workflow: run notes, a search log, then the papers read
("Done") and the papers skipped, one bullet a paper with ``|``-separated fields.

Shape: 117 lines, trailing newline.  Title (1); "Survey Run 2 — execution notes" (3-8) and "Core MTA accounting"
(10-15): long bold-heavy prose that mentions some papers in passing (e.g. "Axiomatic Attribution for Multilinear
Functions (ASS)", 12); "Engineering blog search log" (17-33): a ``| ID | Query | Result |`` table of site: searches;
empty "To Process" sections (35-45).  Then:
- "## Done" (47-110), 62 bullets ``- <note file>.md | <Title> [(authors / venue / gloss)] | <date> | nlm:<uuid>``,
  e.g. 55 ``- 2015_ADKDD_ProbMTA_...md | Multi-Touch Attribution Based Budget Allocation in Online Advertising
  (Geyik, Saxena, Dasdan) | 2026-04-12 | nlm:...``;
- "## Skipped" (112-117), 4 bullets ``- <Title> (year) | reason`` (117 adds a doi.org-style ACM link and a long
  explanation).

Special cases:
- The second field often ends with a parenthetical that is not part of the title: authors ("(Wager, Athey)"),
  authors and venue ("(Anderl et al., IJRM 2016)", "(Ji & Wang, AAAI 2017)"), venue only ("(WWW 2019)"), authors and
  arXiv id ("(Zhang, Li, Liu; arXiv:2007.12769)", 58), company ("(DoorDash)", 80 / 81), or an acronym gloss
  ("(DeepMTA)", 74; "(Peer-Validated Mechanism / PVM)", 107).  A parenthetical inside the title stays: 50
  "Predicted Incrementality by Experimentation (PIE) for Ad Measurement".
- 80 / 81 (DoorDash) and 82 (Netflix) are engineering-blog write-ups the log files as read papers like the others;
  they are kept as entries (same list, same fields).
- Titles keep typographic apostrophes (86 "Robyn’s", 90 "Apple’s"), ampersands (56), slashes (63 "Double/Debiased").
- Skipped 115 "Rosenbaum & Rubin 1983 propensity score paper" describes the paper without its title: entry with title
  None.  114 / 116 end with a year "(2024)" / "(2025)", 117 with "(Shao & Li — KDD 2011)": dropped.
- 58 carries an arXiv id (2007.12769) and 117 a DOI (10.1145/2020408.2020453): taken by the helper.

Decisions:
- Entry = every bullet of "## Done" (49-110, 62) and "## Skipped" (114-117, 4): 66 entries, one line each.  Done title
  = the second ``|`` field without one final parenthetical; Skipped title = the first field without its final
  parenthetical (None for 115).  Papers named in the run notes (3-15) and the search-log table (20-32) are not
  entries; the note file name (first Done field) is not the title.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "allyoushawn__paper_reading_repo__literature-survey__attribution-based-retention__queue@d5ca219.md"
PART = "wild59_development"

TAIL = re.compile(r"\s*\([^()]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.startswith("- "):
            continue
        fields = ln[2:].split(" | ")
        if section == "Done":
            assert fields[0].endswith(".md") and fields[-1].startswith("nlm:"), (n, fields)
            papers.append(entry(lines, n, n, TAIL.sub("", fields[1]).strip()))
        elif section == "Skipped":
            title = TAIL.sub("", fields[0]).strip()
            papers.append(entry(lines, n, n, None if "propensity score paper" in title else title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 66, len(papers)
    assert min(by) == 49 and max(by) == 117, (min(by), max(by))
    assert sum(1 for n in by if n <= 110) == 62
    assert by[49]["title"] == "Counterfactual-based Incrementality Measurement in a Digital Ad-Buying Platform"
    assert by[50]["title"] == "Predicted Incrementality by Experimentation (PIE) for Ad Measurement", by[50]
    assert by[54]["title"] == "Amazon Ads Multi-Touch Attribution", by[54]
    assert by[58]["title"] == (
        "A Unified Survey of Treatment Effect Heterogeneity Modelling and Uplift Modelling"
    ), by[58]
    assert by[58]["arxiv"] == "2007.12769", by[58]
    assert by[59]["title"] == "Shapley Meets Uniform: An Axiomatic Framework for Attribution in Online Advertising"
    assert by[63]["title"] == "Double/Debiased Machine Learning for Treatment and Structural Parameters", by[63]
    assert by[74]["title"] == "Interpretable Deep Learning Model for Online Multi-touch Attribution", by[74]
    assert by[80]["title"] == "Leveraging Causal Modeling to Get More Value from Flat Experiment Results", by[80]
    assert by[82]["title"] == "A Survey of Causal Inference Applications at Netflix", by[82]
    assert by[86]["title"] == "Packaging Up Media Mix Modeling: Introduction to Robyn\u2019s Open-Source Approach"
    assert by[107]["title"] == "Beyond Last-Click: Optimal Mechanism for Ad Attribution", by[107]
    assert by[110]["title"] == "Unraveling Consumer Purchase Journey Using Neural Network Models", by[110]
    assert by[114]["title"] == "Multiply-Robust Causal Change Attribution", by[114]
    assert by[115]["title"] is None, by[115]
    assert by[117]["title"] == "Data-driven multi-touch attribution models", by[117]
    assert by[117]["doi"] == "10.1145/2020408.2020453", by[117]
    assert sum(1 for p in papers if p["arxiv"]) == 1 and sum(1 for p in papers if p["doi"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet of '## Done' (49-110, 62: 'file.md | Title (authors/venue) | date | nlm:id') and of"
        " '## Skipped' (114-117, 4: 'Title (year) | reason') is one entry, one line each (66).  Done title = the"
        " second '|' field without its final parenthetical (authors, venue, company or acronym gloss); Skipped title"
        " = the first field without its final parenthetical; 115 describes the paper without a title (None)."
        "  Papers mentioned in the run notes (3-15) and the blog search-log table are not entries.",
        checked="Read the whole file; compared the -v output with all 62 Done and 4 Skipped bullets, each final"
        " parenthetical (authors, '(WWW 2019)', '(DoorDash)', '(DeepMTA)', '(Peer-Validated Mechanism / PVM)') and the"
        " kept inner one (50), typographic apostrophes (86, 90), the arXiv id in 58 and the ACM DOI in 117, and that"
        " no prose mention in 3-15 is listed.",
    )


if __name__ == "__main__":
    main()
