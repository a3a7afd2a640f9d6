"""Wild59 truth for LongchaoDa/AwesomeSim2Real README.md at 8bad5c3: the companion paper list of the survey "A Survey
of Sim-to-Real Methods in RL: Progress, Prospects and Challenges with Foundation Models" (robotics,
transportation, recommender systems), sorted by the survey's taxonomy.

Shape: 285 lines, trailing newline.  Title, call for contributions, trend figure, venue note, framework figure and a
nested table of contents (1-40).  Then ``## Surveys and Simulators`` (43) with ``### Survey Papers`` (45-52) and
``### Environments and benchmarks`` (55) whose ``#### **Robotics Environments**`` / ``#### **Robotics
Benchmarks**`` / ``#### Transportation Environments`` / ... ``#### **Other Benchmarks**`` sub-lists run 62-127;
``## Technique Papers`` (130) with ``#### **Observation**`` / ``**Action**`` / ``**Transition**`` / ``**Reward**``
and bold pseudo-headings (``**Domain Randomization**``, ``**Action Delay**`` ...) over sub-lists 133-270;
``# Cite`` with a bibtex block for the survey (274-285).

Every item is a Markdown ordered-list line ``1. **Title**. *Authors*. Venue. Year. [link](url)`` (all numbered
``1.``), sometimes followed by a GitHub badge link; the venue is often missing.

Special cases:
- 138-139 and 155-156: the italic author run is broken by a newline (``... Ville Kyrki`` / ``*. Robotics and
  Autonomous Systems. 2023. [link](...)``): the item spans two lines, and the arXiv link sits on the second line.
- 150 opens the title with a single asterisk (``1. *Sim-to-real domain adaptation ... driving**.``): title still
  the text up to ``**``.
- 171 carries mojibake in the title (``birdâ€™s eye view``): kept as written.
- Some items are software or web resources rather than papers (73 PyBullet website, 98 Deepdrive Zero on Zenodo,
  100 Highway-Env on GitHub, 121 OpenAI Gym Retro blog post, 126 OpenAI blog): written in the same
  title/authors/year shape as the papers, they are kept as entries.
- The same paper is listed under several sub-lists (robosuite 67 and 226; Tobin et al. domain randomization 143 and
  236): each listing is an entry.
- Empty lines inside sub-lists (66, 82, 93) do not end the lists.
- 269's link is malformed (``[link](Nohttps:/...)``).
- DOIs come from doi.org links (98, 99); arXiv ids from arxiv.org links (the helper reads them).

Decisions:
- Entry = each ordered-list item ``1. *...`` (one line, or two for 138-139 and 155-156): the continuation line is
  a following non-blank line that is not a new item, a heading or a bold pseudo-heading.
- Title = the text between the leading asterisks and the next ``**``, without a trailing period.
- The table of contents, the figures, the survey's own bibtex and its link at 276 are not entries.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "LongchaoDa__AwesomeSim2Real__README@8bad5c3.md"
PART = "wild59_development"

ITEM = re.compile(r"^1\. \*{1,2}(?P<t>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n
        nxt = lines[n] if n < len(lines) else ""
        if nxt.strip() and not re.match(r"^(1\. |#|\*\*)", nxt):
            last = n + 1
        papers.append(entry(lines, n, last, m.group("t").strip().rstrip(".").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 141, len(papers)
    assert min(by) == 46 and max(by) == 270, (min(by), max(by))
    multi = [(p["line"], p["end"]) for p in papers if p["end"] != p["line"]]
    assert multi == [(138, 139), (155, 156)], multi
    assert by[46]["title"] == "A Survey on Sim-to-Real Transfer Methods for Robotic Manipulation", by[46]
    assert by[138]["title"] == "DROPO: Sim-to-real transfer with offline domain randomization", by[138]
    assert by[138]["arxiv"] == "2201.08434", by[138]
    assert by[150]["title"] == (
        "Sim-to-real domain adaptation for lane detection and classification in autonomous driving"
    ), by[150]
    assert by[155]["arxiv"] == "2011.03148", by[155]
    assert by[98]["title"] == "Deepdrive Zero" and by[98]["doi"] == "10.5281/zenodo.3871907", by[98]
    assert by[99]["doi"] == "10.1145/3308558.3314139", by[99]
    assert by[141]["title"] == "Solving Rubik's Cube with a Robot Hand", by[141]
    assert by[171]["title"].endswith("birdâ€™s eye view"), by[171]
    assert by[270]["title"] == (
        "Accessing gpt-4 level mathematical olympiad solutions via monte carlo tree self-refine with llama-3 8b"
    ), by[270]
    assert not any(n > 270 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every ordered-list item '1. **Title**. *Authors*. Venue. Year. [link](url)' under the survey,"
        " environment/benchmark and technique sub-lists (46-270) is one entry; two items whose author run breaks"
        " onto a second line (138-139, 155-156) span both lines.  Title = text between the leading asterisks and"
        " the next '**', without trailing period (150 opens with a single '*').  Software/web resources in the"
        " same shape are kept; repeated papers count each time.  TOC, figures and the survey's own bibtex are not"
        " entries.",
        checked="Read the whole README; compared the -v output with all 141 items sub-list by sub-list, checked"
        " the two-line items and their arXiv ids, the single-asterisk title (150), the mojibake title (171), the"
        " DOIs of 98/99, and that nothing from the TOC or the Cite block is listed.",
    )


if __name__ == "__main__":
    main()
