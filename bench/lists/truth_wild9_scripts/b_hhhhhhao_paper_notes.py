"""Wild9 truth for Hhhhhhao/Paper-Notes README.md: a student's paper-notes index (one notes folder per paper).

Shape: '## Content' with five small topic sections ('### Image Recognization' 4, '### Semi-Supervised
Learning' 2, '### CNN Architecture' 2, '### CNN Viualization' 1, '### Train Strategy：' 1) and a
'### Total' section (27) that lists the older notes again, alphabetically.  Every item is a numbered
line 'N. Title [[note](folder/x.md)][[paper](url)]'; the bracket links are written inconsistently
('[[note](..)[paper](..)]', '[[note](..) [paper](..)]', '[[paper](..)[note][..]]', and on line 30
'[[note][..][paper][https://arxiv.org/abs/1911.09737]]', not a link but the URL is written).

Entry: every numbered item (37 = 4+2+2+1+1+27, counted with grep '^[0-9]*\\. '); papers in a topic
section and again in 'Total' (ResNet, DenseNet, NIN, saliency maps) are separate entries.  Item 7
'NIPS 2016 Tutorial: Generative Adversarial Networks' links Goodfellow's arXiv report (1701.00160),
a written paper, and is kept.  Title = the plain text before the first ' [', as written (the
list's typos 'Recognization', 'Generato', 'Genertive', 'Nets' kept).  Item 16 of 'Total' wraps its
title onto the next line (lines 49-50): that entry spans both lines.  Ids: arXiv from the item's
'paper' URL (abs or pdf); NIPS/NVIDIA/project/Semantic Scholar links give none; line 27's item breaks off
inside its note link ('...Visualising-Imag'), so it has no paper URL and no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "Hhhhhhao__Paper-Notes__README@b39f75f.md"
LINES = read_lines(NAME)
SECTIONS = {"### Image Recognization": 4, "### Semi-Supervised Learning": 2, "### CNN Architecture": 2,
            "### CNN Viualization": 1, "### Train Strategy：": 1, "### Total": 27}


def main() -> None:
    papers, counts, section = [], {}, None
    i = 1
    while i <= len(LINES):
        text = LINES[i - 1]
        if text.startswith("### "):
            section = text.strip()
        m = re.match(r"\d+\. (.*)$", text)
        if not m:
            assert not re.match(r"\s*\d+\.", text) or text.startswith("    Network"), (i, text)
            i += 1
            continue
        end = i
        body = m.group(1)
        if " [" not in body:  # the title wraps onto the next, indented line
            end = i + 1
            body = body + " " + LINES[end - 1].strip()
        title = body.split(" [", 1)[0].strip()
        papers.append(entry(LINES, i, end, title))
        counts[section] = counts.get(section, 0) + 1
        i = end + 1
    assert counts == SECTIONS, counts
    assert len(papers) == 37
    write_truth(NAME, "wild9_development", papers,
                "every numbered item 'N. Title [[note](..)][[paper](url)]' of the topic sections and of 'Total' is an"
                " entry (repeats kept); title = the plain text before the first ' [' as written; one title wraps onto"
                " a second line",
                "all 37 items one by one (per-section counts with grep), the wrapped item 16 (lines 49-50), the"
                " malformed bracket links (line 16, line 30 with the arXiv URL in square brackets), the GAN tutorial"
                " report (kept), typos kept as written, arXiv ids from abs/pdf URLs")


if __name__ == "__main__":
    main()
