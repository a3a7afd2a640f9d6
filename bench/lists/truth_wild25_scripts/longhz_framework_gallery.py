"""Wild25 truth for LongHZ140516/awesome-framework-gallery README.md at 7cd6b10 (2025-02-02).

Why this commit: the snapshot's HEAD (a992307) README is 569 KB, over the set's 400 KB limit;
7cd6b10 is the newest commit whose README is under it (370 KB, 186 papers).

Shape: a gallery of papers' framework diagrams.  After a 'Tools' section (colour palettes and
icon sites, bullets, lines 42-63), each field ('## LLM', '## Diffusion', '## 3DGS', '## NeRF',
'## Remote-Sensing', '## PointCloud', '## Dataset', '## Robotics', '## Agent', '## Others') wraps
its cards in '<details open><summary><b>X content</b></summary>' ... '</details>'.  One card
per paper: '### N. [Venue tag] Title' (numbering restarts per field and repeats: two '9.' in
Diffusion; line 2220 '### 6 [NIPS'24 Spotlight] ...' has no dot; the tag sometimes has no
space after it, '[SIGGRAPH(TOG)' 24]CharacterGen'), then '**Authors:** ...', a nested
'<details span><summary><b>Abstract</b></summary> ... </details>', a link line
'[📄 Paper](url) | [🌐 Project Page](url) | [💻 Code](url)' and one or more diagram images.
Entry lines: the heading to the card's last non-blank line before the next heading, without
the field's closing '</details>' and HTML comments ('<!-- Diffusion part -->').
Title = the heading without 'N.' and without a leading '[...]' venue tag, as the file writes it
(spacing kept: 'TriHuman : ...' at 1550, 'CoSurfGS:Collaborative ...' at 1377).

Entries: every numbered card (all are papers: arXiv preprints, CVF/ECVA/NeurIPS papers, IEEE
TGRS/JSTARS, Elsevier (ISPRS, JAG, RSE, STOTEN, ...), Nature portfolio, Frontiers, ACM).
Repeated cards (InterGen at 619 and 645, MeshFormer at 2459 and 2471) are separate entries.
Special id case: card 2556 (TopoFormer) links its paper on nature.com (no DOI in the URL) and its
code as 'https://doi.org/10.5281/zenodo.10892799', a software archive's DOI; that is not the
paper's DOI, so the entry's doi is null.
Not entries: the two Tools headings (lines 46, 56) and their bullets (websites), the update
notes, TODO list and table of contents.
Count check: 188 '### ' headings = 2 Tools headings + 186 paper cards (LLM 27, Diffusion 36,
3DGS 37, NeRF 13, Remote-Sensing 43, PointCloud 6, Dataset 6, Robotics 3, Agent 1, Others 14).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "LongHZ140516__awesome-framework-gallery__README@7cd6b10.md"
PART = "wild25_development"
TOOLS = {46, 56}
CODE_DOI = {2556: "10.5281/zenodo.10892799"}
PER_FIELD = {"LLM": 27, "Diffusion": 36, "3DGS": 37, "NeRF": 13, "Remote-Sensing": 43, "PointCloud": 6,
             "Dataset": 6, "Robotics": 3, "Agent": 1, "Others": 14}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    papers = []
    field = None
    count = {}
    for k, h in enumerate(heads):
        text = lines[h - 1]
        if text.startswith("## "):
            field = text[3:].strip()
            continue
        if not text.startswith("### ") or h in TOOLS:
            continue
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        block = list(range(h, nxt))
        # drop trailing blanks, HTML comments and the field's closing </details>
        opens = sum(1 for i in block if lines[i - 1].strip().startswith("<details"))
        closes = sum(1 for i in block if lines[i - 1].strip() == "</details>")
        while True:
            t = lines[block[-1] - 1].strip()
            if not t or t.startswith("<!--"):
                block.pop()
            elif t == "</details>" and closes > opens:
                closes -= 1
                block.pop()
            else:
                break
        assert opens == closes == 1, (h, opens, closes)
        m = re.match(r"### \d+\.?\s+(?:\[[^\]]*\]\s*)?(.+)$", text)
        assert m, h
        title = m.group(1)
        assert any(lines[i - 1].startswith("[📄 Paper]") for i in block), h
        e = entry(lines, h, block[-1], title)
        if h in CODE_DOI:
            # the only DOI of this card is the Zenodo archive of its code, not the paper's
            assert e["doi"] == CODE_DOI[h], e
            e["doi"] = None
        papers.append(e)
        count[field] = count.get(field, 0) + 1
    assert count == PER_FIELD, count
    assert sum(1 for t in lines if t.startswith("### ")) == 188
    assert len(papers) == 186, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered '### N. [tag] Title' card (authors line, nested <details> abstract, link line,"
                " diagram image) inside the per-field '<details open>' sections is an entry; title = the heading"
                " without its number and leading venue tag; the Tools headings and bullets are not entries",
                "all 188 headings listed with their first link line and sorted by eye; -v output compared with"
                " the file for the first and last card of each field and about 20 more; the no-dot heading"
                " (2220), the unspaced tags (749, 1260, 1298, 1463), the long title at 2108, the"
                " repeated cards; arXiv ids and doi.org DOIs (Remote-Sensing) spot-checked")


if __name__ == "__main__":
    main()
