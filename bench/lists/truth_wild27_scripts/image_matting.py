"""Wild27 truth for wchstrife/Awesome-Image-Matting README.md: an awesome list of deep image matting papers.

Shape: '- ' bullets, blank lines between, under '## Video Matting' (lines 17-21), '## Image Matting'
(lines 25-87) and '## Evaluation Methods' (line 101): 'Title [Venue Year] [Paper](url) [Code](url)
[ProjectPage](url) :fire:'.  The title is plain text (not linked), ended by the ' [' of the venue
bracket; some titles end in a citation '.' before the bracket ('FBA: F, B, Alpha Matting.'), dropped
here as a separator.  Title = the text between '- ' and the first '['.
Special cases: lines 29-30 are one bullet whose title wraps onto line 30 ('... Context Assembling
and' / 'Strong Data Augmentation [arXiv 2022] ...'); line 65 has no space before the bracket
('Coarse Annotations[CVPR 2020]'); line 50's [Code] link is a bare 'PeterL1n/BackgroundMattingV2';
line 101 (the one 'Evaluation Methods' paper, a Microsoft Research page) is an entry.
Not entries: the '- [x] Video Matting' to-do checkbox (line 6), the four dataset bullets of
'## Dataset & BenchMark' (lines 92-95, names with download links, no paper) and the pymatting tool
(line 98).
Count check: 41 lines start with '- ' = 1 checkbox + 4 datasets + 1 tool + 35 entries (3 video,
31 image, 1 evaluation); 28 entries give an arXiv id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "wchstrife__Awesome-Image-Matting__README@6fc6560.md"
PART = "wild27_development"
NOT_ENTRIES = {6, 92, 93, 94, 95, 98}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in NOT_ENTRIES:
            continue
        last = i
        body = text[2:]
        if "[" not in body:  # title wraps onto the next line (29-30)
            assert i == 29, i
            last = i + 1
            body = body.rstrip() + " " + lines[i]
        title = re.match(r"([^\[]+)\[", body).group(1).strip()
        title = title.rstrip(".").strip()
        papers.append(entry(lines, i, last, title))
    assert bullets == 41, bullets
    assert len(papers) == 35, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 28, sum(1 for p in papers if p["arxiv"])
    write_truth(NAME, PART, papers,
                "every '- ' bullet of the Video Matting, Image Matting and Evaluation Methods sections is an entry;"
                " title = the plain text before the first '[' (venue bracket), a final citation '.' dropped; the"
                " to-do checkbox, four dataset bullets and one tool bullet are not entries",
                "all 35 entries read against the file by eye: titles, the wrapped title on lines 29-30, the"
                " no-space bracket on line 65, arXiv ids (abs and pdf, one with v2) and the 7 entries without"
                " arXiv (four CVF pdfs, IEEE stamp, CUHK pdf, Microsoft page)")


if __name__ == "__main__":
    main()
