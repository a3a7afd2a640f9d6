"""Wild38 truth for YiFanZheng-5175/Paper-Reading README.md: a student's index of paper notes on
spatio-temporal and time-series forecasting (plus one other-field paper), intro in Chinese, newest
commit (2025).

Shape: ``##`` field headings (时空 / 时序 / 其他领域) and ``###`` year headings (📅/🗓️ ``2022以前``,
2023, ...), each over a three-column pipe table ``| Pub | title | link |`` whose rows give the venue, the
title cell and a link ``[📒](Spatial-Temporal/2023_AAAI_MegaCRN.md)`` to the repository's own note
file.  Each table data row is one entry; the title is the title cell with its leading marker emoji
(⭐ / 💡 / 📚, the author's rating/type tags) removed.  Decisions:
- Nicknames the author prefixes to the title (``STID: Spatial-Temporal Identity: ...`` 15,
  ``Linear: Are Transformers Effective ...`` 71, ``CATS: Are Self-Attentions ...`` 78) are kept as
  written, since the list's convention cannot be told from a real ``Name: ...`` title without outside
  knowledge (``MegaCRN: ...`` is the real title).
- Titles are kept as written, including the all-caps TESTAM title (35) and run-together words
  (``LearningFramework``, ``Predictionon`` 43).
- The last row (102, Explaining and Harnessing Adversarial Examples) is under 其他领域 (other fields):
  still a paper, an entry.
- Header and ``|---|`` rows, headings and the intro are not entries.  The 📒 links point to local note
  files: no arXiv id or DOI anywhere.
36 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "YiFanZheng-5175__Paper-Reading__README@a36e62c.md"
PART = "wild38_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("|") or "📒" not in ln:
            continue
        cells = [c.strip() for c in ln.strip().strip("|").split("|")]
        assert len(cells) == 3, (i, cells)
        title = re.sub(r"^(?:⭐|💡|📚)\s*", "", cells[1])
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 36, len(papers)
    write_truth(NAME, PART, papers,
                "Each '| Pub | title | [📒](note.md) |' table data row is an entry, title = title cell with the leading ⭐/💡/📚 marker removed (author nicknames prefixed with ':' kept as written); header rows, headings and the Chinese intro are not entries; no ids.",
                "Whole file read (102 lines): all 36 data rows of the 9 tables compared with the -v output (every title, marker emoji stripped, nickname prefixes 15/71/78 kept, all-caps 35, run-together 43), the header/separator rows and the 2022以前 year headings skipped, the other-field row 102, and no ids (links are local notes).")


if __name__ == "__main__":
    main()
