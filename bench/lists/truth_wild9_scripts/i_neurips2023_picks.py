"""Wild9 truth for xsankar/Awesome-NeurIPS-2023 README.md: one reader's personal picks from NeurIPS 2023
('Observations & Interesting Papers (selected from 3,584 papers)'), opening with a 'Now' section of
'Papers I want to read and understand now'.

Shape: title, 'About Me'/'Blog' table, an image, three navigation tables of section anchors, an
'Observations' section of image pairs, then 22 '## Section' blocks (Now, Interesting, Towards AGI,
Planning, ..., Other), each a '[Top]' back link, an optional '>' note, and a pipe table
'| Title | Poster | OpenReview | GitHub |' (one section says 'Paper') closed by an empty '| | | | |' row.
A row's first cell is 'Title <br> [NeurIPS link - Short Video & Abstract](https://neurips.cc/virtual/2023/poster/N)'
(or '/oral/N'), sometimes bold, sometimes followed by '<br> _Notes: ..._'; the other cells hold
[Poster]/[Slides], [Paper] (OpenReview or arXiv) and [GitHub]/[Workshop] links.  Besides papers the
tables list an invited talk, tutorials, workshops and competitions (their NeurIPS link goes to
/invited-talk/, /tutorial/, /workshop/, /competition/, or, for 'XAI in Action', the cell reads
'[NeurIPS Workshop Video]'), and one-cell sub-heading rows inside 'RL' ('RLHF' with a note) and
'Attack mitigation' ('Red Teaming', 'PII Leakage', 'Backdoors', 'Trojan', 'Jailbreaking',
'Adversarial Robustness', 'Others').  One Prompting row (182) has an empty title cell but a poster
and an OpenReview paper link.

Entry: a table row whose NeurIPS link goes to a /poster/ or /oral/ page, plus row 182 (a paper
record naming no title): 123 entries (146 content rows after '## Now' = 123 paper rows + 15 talk /
tutorial / workshop / competition rows (1 + 2 + 9 + 3) + 8 sub-heading rows; listed row by row).  Title: the first
cell's text before the first '<br>', bold removed; '[Re] Fairness Guarantees under Demographic Shift'
keeps '[Re]', which belongs to the reproducibility report's own title; row 182: null.  Ids from the
row (OpenReview links carry none; a few [Paper] cells point to arXiv).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "xsankar__Awesome-NeurIPS-2023__README@fe478f2.md"
LINES = read_lines(NAME)
NEURIPS = re.compile(r"\[NeurIPS (?:link - [^\]]*|Workshop Video)\]\(([^)]*)\)")
SUBHEADS = {"RLHF", "Red Teaming", "PII Leakage", "Backdoors", "Trojan", "Jailbreaking",
            "Adversarial Robustness", "Others"}


def main() -> None:
    papers, kinds, started = [], {}, False
    for i, text in enumerate(LINES, 1):
        if text.startswith("## Now"):
            started = True
        if not started or not text.startswith("|"):
            continue
        if re.match(r"\|\s*(Title|-:|:-)", text) or re.fullmatch(r"\|(\s*\|)+\s*", text):
            continue
        cell = text.split("|")[1]
        head = cell.split("<br>")[0].strip()
        m = NEURIPS.search(cell)
        if m is None:
            assert head.strip("* ") in SUBHEADS, (i, head)
            kinds["subheading"] = kinds.get("subheading", 0) + 1
            continue
        url = m.group(1)
        kind = re.search(r"/virtual/2023/([a-z-]+)/", url).group(1) if url else "poster"
        if kind not in ("poster", "oral"):
            assert kind in ("invited-talk", "tutorial", "workshop", "competition"), (i, url)
            kinds[kind] = kinds.get(kind, 0) + 1
            continue
        title = re.sub(r"\*\*", "", head).strip() or None
        if not url:
            assert i == 182 and title is None and "openreview.net/forum?id=" in text, (i, text)
        papers.append(entry(LINES, i, i, title))
        kinds["paper"] = kinds.get("paper", 0) + 1
    assert kinds == {"paper": 123, "subheading": 8, "invited-talk": 1, "tutorial": 2, "workshop": 9,
                     "competition": 3}, kinds
    write_truth(NAME, "wild9_development", papers,
                "every table row whose 'NeurIPS link' goes to a /poster/ or /oral/ page is an entry (plus the untitled"
                " row 182 with poster and OpenReview links, title null); title = the first cell's text before '<br>',"
                " bold removed; rows for the invited talk, tutorials, workshops and competitions, one-cell sub-heading"
                " rows, navigation tables and header/empty rows are not entries",
                "every table row after '## Now' classified by its NeurIPS URL (123 poster/oral + 1 talk + 2 tutorials +"
                " 9 workshops + 3 competitions + 8 sub-headings = 146 content rows, row 182 among the 123) and all titles compared with the"
                " file; the ICBINB, 'Synthetic Data Generation' and 'XAI in Action' workshop rows whose link label or"
                " form differs; bold titles; '[Re]' kept")


if __name__ == "__main__":
    main()
