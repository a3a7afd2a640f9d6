"""Truth of Internet-of-Vehicles-Code/IoV_paper_reading ``Zhangyurong/paper_reading_zyr.md``: one lab member's
paper-reading log on intrusion and misbehaviour detection for vehicular networks, notes in Chinese.

Shape: a short anchor-link table of contents (lines 3-7, not entries), then sections ``## 攻击检测`` (``### IDS``,
``### MBDS``), ``## 其他`` and ``## 攻击检测数据集``.  Each paper is a top-level bullet whose whole reference is
in bold, ``- **<reference>[[paper]](url)[[code]](url)...**``, followed by notes: a fenced code block in Chinese
(venue, quartile, datasets, contributions), images, sometimes an unindented dataset-link line.  The references
come in several citation styles: IEEE (``A. B and C. D, "Title," in Journal, ..., doi: ...``), MDPI (``Surname,
I.; ... Title. Future Internet 2025, 17, 25.``), Chicago (``Chen, Rui, ... "Title." Computer Networks (2024)``),
GB/T 7714 for a Chinese thesis (``薛宏伟.题名[D].东南大学,2021.DOI:...``) and bare titles.  Two bare-title
references break the bold run over two lines (the ``[[paper]]`` links start the next line).

Decisions:
- an entry is one ``- **`` bullet: from its line to the last non-blank line before the next such bullet or heading,
  so the notes (and the ids they may hold) belong to it;
- title: the quoted title of an IEEE/Chicago reference (its closing ``,`` or ``.`` dropped); the text between the
  authors and ``. Future Internet`` for the MDPI one; the text between the author and ``[D]`` for the Chinese
  thesis; otherwise the bold text up to the first ``[[`` link (a closing ``.`` dropped).  Titles are kept as
  written, even where the file truncates one (``...with Adaptive and Learnable``) or drops a space
  (``forSoftware-defined``);
- NovelADS is listed twice in a row (lines 148 and 168): repeated records are separate entries;
- the ``## 攻击检测数据集`` section (numbered bold dataset names: CSE-CIC-IDS2018, UNSW-NB15, KDD Cup99,
  CSE-CIC-IDS2020) lists datasets, not papers; UNSW-NB15 links its paper, but the record names and describes
  the dataset, so none of the four is an entry;
- ids: the entry's own lines; the shared DOI pattern would run on into the ``[[paper]]`` link written right after
  ``doi: 10.1109/....`` (no space), so the DOI is read again with ``[`` blanked out (the closing ``.`` drops);
- a paper named in a note (``OTIDS: ...`` in backticks under line 263) is prose, not an entry.
"""

from __future__ import annotations

import re

from _wild42 import doi_of, entry, read_lines, write_truth

NAME = "Internet-of-Vehicles-Code__IoV_paper_reading__Zhangyurong__paper_reading_zyr@8d7423b.md"
PART = "wild42_development"

lines = read_lines(NAME)
data_head = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## 攻击检测数据集"))
starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("- **") and i < data_head]
stops = sorted(set(starts) | {i for i, ln in enumerate(lines, 1) if ln.startswith("#")})


def title_of(text: str) -> str:
    body = text[len("- **"):]
    if m := re.match(r'[^"]*?"(.+?)[,.]?"', body):
        return m.group(1)
    if m := re.match(r"[^.]+\.(.+?)\[D\]", body):
        return m.group(1)
    if m := re.match(r"(?:[^;]+; )+[^;]*?[A-Z]\.[A-Z]\. (.+?)\. Future Internet", body):
        return m.group(1)
    return body.split("[[")[0].rstrip("*").strip().removesuffix(".")


papers = []
for first in starts:
    stop = next(s for s in stops if s > first)
    last = stop - 1
    while not lines[last - 1].strip():
        last -= 1
    paper = entry(lines, first, last, title_of(lines[first - 1]))
    # the shared DOI pattern runs on into a '[[paper]]' link written right after 'doi: ...'; a '[' is never
    # part of these DOIs, so the entry's DOI is taken again with the brackets blanked out
    paper["doi"] = doi_of("\n".join(lines[first - 1 : last]).replace("[", " "))
    papers.append(paper)

assert len(papers) == 41

write_truth(
    NAME,
    PART,
    papers,
    "Each top-level '- **reference**' bullet before the dataset section is one entry (bullet line to the last "
    "non-blank line of its notes); title = the quoted title (IEEE/Chicago), the title between authors and "
    "'. Future Internet' (MDPI), between author and '[D]' (Chinese thesis), else the bold text before the first "
    "'[[' link; the repeated NovelADS record counts twice; the dataset section and papers named in notes are not "
    "entries.",
    "All 41 titles compared with their bullets in the -v output (IEEE quoted titles incl. LCCDE, ICC and GLOBECOM "
    "ones, the MDPI XI2S-IDS, the Chicago 'Private and utility...' with its period dropped, the Chinese thesis "
    "title, the bare titles incl. the two broken over two lines at 187 and 375, the truncated Meta-IDS title, "
    "'To Tolerate or To Impute Missing Values in V2X Communications Data?' keeping its '?'); entry ends checked "
    "at the first and last bullet of each section (11, 313, 319, 484, 505, 516 before the dataset heading) and "
    "at 61, 148/168 (duplicate), 198, 263 (unindented dataset line), 302, 396; DOIs checked against the IEEE "
    "'doi:' text, the thesis DOI and the ACM URL (425); the one arXiv id (276) checked; dataset section "
    "(535-541) excluded.",
)
