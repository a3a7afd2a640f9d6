"""Wild14 truth for LMM101/Awesome-Multimodal-Next-Token-Prediction README.md: a survey companion of badge tables.

Shape: an HTML header (centred '<h1>', an arXiv shields badge for the survey, figures), an author
block with '<sup>' affiliations, a TOC, then six Markdown tables under '### Vision Tokenizer',
'### Audio Tokenizer', '### Vision Model', '### Audio Model', '### Multimodal ICL', '### Multimodal CoT'
with bold headers ('| **Paper** | **Time** | **Modality** | ... | **GitHub** |').  Each row's first
cell is '[Title (Label)](url)', the label a model nickname or 'Yang et al.' the list appends inside
the link text (e.g. '[Visual Instruction Tuning (LLaVA)](...)', '[... Tokenization (LaVIT)](...)');
the GitHub cell is a shields.io stars badge ('[![Star](https://img.shields.io/github/stars/...)](repo)'),
a plain '[Github](url)' link or '-'.  A closing '## Citation' holds the survey's own BibTeX.

Entry: every table row (159) but one; title = the link text with the trailing parenthesised label dropped
(a tag the list adds after the full title, like a bracketed tag before one: 'Visual Instruction
Tuning (LLaVA)' -> 'Visual Instruction Tuning'; 'Exploring Diverse In-Context Configurations for
Image Captioning (Yang et al.)' -> without '(Yang et al.)').  Every trailing parenthesis in this file
was checked to be such a label; no title of the file ends in a parenthesis of its own.  Rows
without a label keep the link text whole.  Papers listed in two tables (Flamingo, Moshi, Emu2,
VALL-E, ...) are separate entries.  Not entries: the Vision Model row 'Fuyu-8B: A Multimodal
Architecture for AI Agents (Fuyu)' (line 176), which links Adept's blog post announcing the model
(a blog post, no paper); the survey's own header badge, its 'Full paper'
link and its citation BibTeX (the list's boilerplate).

Ids: the row's first link (arXiv abs/pdf for most; ACL Anthology, OpenReview pdf and one GitHub
link give none).

Count check: rows per section counted with awk on '### ' headings (Vision Tokenizer 30, Audio
Tokenizer 18, Vision Model 43, Audio Model 32, Multimodal ICL 23, Multimodal CoT 13 = 159 rows, 158 entries);
every row matches '| [text](http...)'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "LMM101__Awesome-Multimodal-Next-Token-Prediction__README@acc66d4.md"
PART = "wild14_development"
LINES = read_lines(NAME)
PER_SECTION = {"Vision Tokenizer": 30, "Audio Tokenizer": 18, "Vision Model": 43, "Audio Model": 32,
               "Multimodal ICL": 23, "Multimodal CoT": 13}


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    labelled = 0
    for i, text in enumerate(LINES, 1):
        h = re.match(r"^### (.+?)\s*$", text)
        if h:
            section = h.group(1)
            continue
        if not text.startswith("| ["):
            continue
        m = re.match(r"^\| \[(.+?)\]\((https?://[^)\s]+)\)", text)
        assert m, (i, text[:120])
        link_text = m.group(1)
        lab = re.match(r"^(.*\S)\s+\(([^()]+)\)$", link_text)
        if lab:
            labelled += 1
            title = lab.group(1)
        else:
            title = link_text
        per[section] = per.get(section, 0) + 1
        if "adept.ai/blog/fuyu-8b" in text:
            assert i == 176
            continue
        papers.append(entry(LINES, i, i, title))
    assert per == PER_SECTION, per
    assert len(papers) == 158
    write_truth(NAME, PART, papers,
                "every row of the six paper tables is an entry (but a model-announcement blog post row), title = the first cell's link text without the"
                " parenthesised model nickname / 'X et al.' label the list appends after the title; the survey's"
                " own header badge, link and citation BibTeX are not entries",
                f"rows per section counted with awk (159); all {labelled} trailing parenthetical labels listed and"
                " read one by one; ~40 titles by eye across the six tables, ids against the row links")


if __name__ == "__main__":
    main()
