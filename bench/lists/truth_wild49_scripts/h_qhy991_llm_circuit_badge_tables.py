"""Wild49 truth for qhy991/Awesome-LLM-Circuit-Agent README.md: an awesome-list of LLM-for-circuit-design papers
(digital RTL and analog), newest commit touching README.md (4e773af, 2026-05-13).

Shape: 319 lines, 36 KB.  Title, cover image, three badges (1-7), a one-paragraph intro (9), a nested TOC (11-28),
then pipe tables under emoji headings: ``## 💻 Digital Circuit Design (RTL)`` (32) with six ``###`` tables
(Code Generation & Synthesis 36-57, Verification & Testing 61-83, Optimization 87-105, RL 109-117, Multi-Agent
121-135, Reasoning & Graph 139-146); ``## ⚡ Analog Circuit Design`` (150) with four tables (154-160, 164-175,
179-187, 191-200); ``## 📊 Datasets & Benchmarks`` (204, table 206-230); ``## 🧠 Analog Mind Series (Behzad
Razavi)`` (234, table 238-247 plus an italic pointer line 249); ``## 📚 Resources & Learning`` (253, a three-column
``| Title | Type | Topic |`` table 255-265); Contributing, a ```` ```bibtex ```` citation of the repository itself
(291-299), license, a centred footer.  Paper rows are ``| [**Title**](url) | Venue | Date | Code | Topic |``; some
put a GitHub-stars badge before the title, ``| ![Star](https://img.shields.io/...) <br> [**Title**](url) |``
(217 without the ``<br>``).

Special cases:
- Datasets & Benchmarks ends with six HuggingFace dataset rows (225-230, ``[**ReasoningV-5K Dataset**]
  (https://huggingface.co/datasets/...)``, Venue ``HuggingFace``): datasets, not entries; the benchmark papers above
  them (208-224) are entries.
- Analog Mind Series (240-247): eight IEEE Solid-State Circuits Magazine articles by Razavi titled ``Analog Mind
  (Part N)``: published articles, entries, title as written.
- Resources & Learning: the Type column decides; ``Survey``/``Paper``/``Vision Paper`` rows (257-260) are entries,
  ``Docs``/``Slides``/``Course``/``PDF``/``Book`` rows (261-265) are not.
- 57 ``RTL-LLM: Large Language Models for Hardware Design`` is a UC Berkeley EECS technical report (Venue ``UC
  Berkeley``): an entry.
- Papers repeated across tables are separate entries (e.g. VLM-CAD 168/182).
- The BibTeX block (292-298) cites this GitHub list, not a paper: not an entry.
- Titles are the bold link texts; the stars badge, ``<br>``, venue/date/topic cells are dropped.

Decisions:
- Entry = every table row whose first cell holds ``[**Title**](url)``, minus the six dataset rows and the five
  non-paper resource rows: 143 entries (of 154 such rows), one line each.
- Ids: arXiv abs/pdf/html links (124 rows); no DOIs (IEEE Xplore, OpenReview, Berkeley and UCLA PDF links give
  none).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "qhy991__Awesome-LLM-Circuit-Agent__README@4e773af.md"
PART = "wild49_development"

ROW = re.compile(r"^\| (?:!\[Star\]\(https://img\.shields\.io/[^)]+\) (?:<br> )?)?\[\*\*(?P<title>[^\]]+?)\*\*\]"
                 r"\((?P<url>[^)\s]+)\) \|(?P<rest>.*)\|\s*$")
NOT_PAPER_TYPES = ("Docs", "Slides", "Course", "PDF", "Book")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome LLM Circuit Agent"
    papers = []
    datasets, resources = [], []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("| ") or ln.startswith("| Title |"):
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        cells = [c.strip() for c in m.group("rest").split("|")]
        if "huggingface.co/datasets/" in m.group("url"):
            assert cells[0] == "HuggingFace", (n, cells)
            datasets.append(n)
            continue
        if len(cells) == 2:  # Resources & Learning: | Title | Type | Topic |
            if cells[0] in NOT_PAPER_TYPES:
                resources.append(n)
                continue
            assert cells[0] in ("Survey", "Paper", "Vision Paper"), (n, cells)
        papers.append(entry(lines, n, n, m.group("title")))
    assert datasets == list(range(225, 231)), datasets
    assert resources == list(range(261, 266)), resources
    t = {p["line"]: p for p in papers}
    assert (t[38]["title"], t[38]["arxiv"]) == (
        "SafeTune: Mitigating Data Poisoning in LLM Fine-Tuning for RTL Code Generation", "2604.27238"), t[38]
    assert t[57]["title"] == "RTL-LLM: Large Language Models for Hardware Design", t[57]
    assert t[80]["title"].startswith("CorrectHDL: Agentic HDL Design"), t[80]
    assert t[217]["title"] == "TuRTLe: A Unified Evaluation of LLMs for RTL Generation", t[217]
    assert t[240]["title"] == "Analog Mind (Part 1)", t[240]
    assert t[259]["title"] == "AI+HW 2035: Shaping the Next Decade", t[259]
    assert 292 not in t and 225 not in t and 265 not in t
    assert len(papers) == 143, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = every pipe-table row whose first cell is '[**Title**](url)' (optionally after a GitHub-stars badge"
        " and <br>), title = the bold link text; the six HuggingFace dataset rows (225-230) and the Docs/Slides/"
        "Course/PDF/Book resource rows (261-265) are not entries; the Analog Mind magazine articles (240-247), the"
        " Berkeley tech report (57) and the Survey/Paper/Vision Paper resource rows (257-260) are; the repository's"
        " own BibTeX block is not.",
        "Read all 319 lines; compared -v with the file table by table (checked every row of the RL, Multi-Agent,"
        " Reasoning, analog, datasets, Analog Mind and Resources tables, and sampled the long Code Generation,"
        " Verification and Optimization tables): badge rows with and without <br> (80, 103, 113-115, 146, 170, 185,"
        " 217, 222-224), the skipped dataset and resource rows, the repeated VLM-CAD (168/182); ids: arXiv links on"
        " most rows, none from OpenReview/IEEE/PDF links.",
    )


if __name__ == "__main__":
    main()
