"""Wild16 truth for zhiguotang5/Awesome-Image-Text-to-3D README: one paper per '###' heading with a <details> abstract.

Shape: '## Topic' then '## Year' headings, and under them one card per paper:
'### [Venue tag] Title', a blank line, '**Author**: ...', '**Date**: ...', a
'<details span><summary><b>Abstract</b></summary> ... </details>' block and a links line
'[📄 Paper](arxiv pdf) | [🌐 Project Page](...) | [💻 Code](...)'.  One card (GenXD) closes its
abstract with a second '<details>' instead of '</details>'; one (RichDreamer) has no links line.

Entry: every '###' heading (25, grep), from the heading to the card's last non-blank line before
the next heading.  Title = the heading text with a leading venue tag in brackets
('[ICLR '2024]', '[CVPR' 2024]', '[ICCV '2023]') dropped.  The two Objaverse cards under
'## Dataset' are dataset papers with their paper linked: entries.  Not entries: the open-source
framework bullets (threestudio, 3D Topia: code repositories) and the closing 'Overview of
Text-to-3D' table (52 method nicknames with project links and attributes, no title and no paper
link: a comparison table, not references).

Count checks: 25 '### ' lines; 2 dataset + 2 survey + 8 single-image + 13 text-to-3D cards.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "zhiguotang5__Awesome-Image-Text-to-3D__README@d1e20fe.md"
PART = "wild16_development"
LINES = read_lines(NAME)
TAG = re.compile(r"^\[[^\]]*\]\s*")


def main() -> None:
    papers = []
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#")]
    per_topic: dict[str, int] = {}
    topic = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## ") and not re.match(r"## \d{4}$", text.strip()):
            topic = text[3:].strip()
        if not text.startswith("### "):
            continue
        nxt = next(h for h in heads if h > i)
        last = nxt - 1
        while not LINES[last - 1].strip():
            last -= 1
        title = TAG.sub("", text[4:].strip())
        papers.append(entry(LINES, i, last, title))
        per_topic[topic] = per_topic.get(topic, 0) + 1
    assert per_topic == {"Dataset": 2, "Survey": 2, "Single Image to 3D": 8, "Text to 3D": 13}, per_topic
    assert len(papers) == 25
    write_truth(
        NAME, PART, papers,
        "every '###' paper card is an entry (heading to its links line), title = the heading text without a"
        " leading [Venue] tag; framework repositories and the method overview table are not entries",
        "all 25 cards against the file: titles with and without venue tags (incl. '[ICCV '2023]Zero-1-to-3'"
        " with no space), the GenXD card whose abstract ends in a second <details>, the RichDreamer card with"
        " no links line, arXiv ids from the 📄 Paper links; overview table and framework bullets left out",
    )


if __name__ == "__main__":
    main()
