"""Wild24 truth for msdsm/paper-summary README.md: a Japanese researcher's index of paper notes.

Shape: a Japanese heading ('# 論文まとめ', '## 論文'), then top-level bullets naming a category
('- vision-basic', '- nlp' ...; 13 of them, plus the note bullet on line 2), each with nested
bullets (4 or 2 spaces) '- <folder slug> : <title>' or '- <slug>: <title>'.  No links, no
authors, no years: the title is plain text after the slug, copied with the paper's own case
(some in capitals, some truncated: line 62 'Faster R-CNN: Towards Real-Time Object Detection
with Reg').  Every nested bullet is one note, so one record.
Entries: every nested bullet whose subject is one paper (160 of 164).  Not entries: line 33
('超解像の歴史' = a history of super-resolution, a note on several papers named only by the
slug), line 49 ('df2k : DF2K', a dataset), lines 112-113 ('llava-next-... : blog', blog posts).
Title = the text after the slug and its colon, except:
- 'Nickname(Title)' (lines 7, 8, 9, 34, 104, 172): the text in the parentheses.
- Nickname only, or a nickname with its acronym expanded, no title (line 26 'Latent
  Diffusion Model(Stable diffusion)', 27 'Cascaded Diffusion Model', 35 'HAT-L(Hybrid
  Attention Transformer)', 36 'DRCT(Dense Residual Connected Transformer)'): title null.
- Line 51: the tag '(EPIT)' before the title dropped; line 110: the note '(途中)' ("unfinished")
  dropped; lines 116-117: the venue '(ECCV2024)' dropped.
- Line 109 has no slug: the whole text 'Flamingo: a Visual Language Model for Few-Shot
  Learning' is the title.
- Line 18 'DINOv3' is kept as the title the file gives.
- Titles wrapped onto a second, unindented line: line 84 continues on line 85 ('Gradient-guided
  Splitting'), joined, entry 84-85.  Lines 45 ('And Everything: A Survey'), 83 ('Diffusion
  Priors') and 137 ('FOR INFINITE VIDEO STREAMS') are the tails of the titles on lines 41, 81
  and 135, left behind when later bullets were inserted between; Markdown renders each as part
  of the bullet just above (44, 82, 136), so those entries span 44-45, 82-83, 136-137, but the
  fragment is no part of their titles, and the titles on 41, 81, 135 stay as the file writes
  them on their own line.
Count check: 186 lines (no final newline), 164 nested bullets = 160 entries + 4 not entries;
4 null titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "msdsm__paper-summary__README@2d04f97.md"
PART = "wild24_development"
NOT_ENTRIES = {33, 49, 112, 113}
NULL_TITLE = {26, 27, 35, 36}
PAREN_TITLE = {7, 8, 9, 34, 104, 172}
FRAGMENT_AFTER = {44: 45, 82: 83, 136: 137}   # entry line -> stray fragment line rendered in it
WRAPPED = {84: 85}                             # title continues on the next line
SPECIAL = {
    51: "Learning Non-Local Spatial-Angular Correlation for Light Field Image Super-Resolution",
    109: "Flamingo: a Visual Language Model for Few-Shot Learning",
    110: "Video Understanding with Large Language Models: A Survey",
    116: "LongVLM: Efficient Long Video Understanding via Large Language Models",
    117: "Text-Conditioned Resampler For Long Form Video Understanding",
}

BULLET = re.compile(r"( +)- (.+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 186 and lines[-1], len(lines)
    bullets = 0
    papers = []
    for i, text in enumerate(lines, 1):
        m = BULLET.match(text)
        if not m:
            continue
        bullets += 1
        if i in NOT_ENTRIES:
            continue
        body = m.group(2)
        end = i
        if i in SPECIAL:
            title = SPECIAL[i]
            assert title in text, i
        elif i in NULL_TITLE:
            title = None
        else:
            _slug, sep, rest = body.partition(":")
            assert sep and rest.strip(), i
            title = rest.strip()
            if i in PAREN_TITLE:
                pm = re.fullmatch(r"[\w-]+\((.+)\)", title)
                assert pm, i
                title = pm.group(1)
        if i in WRAPPED:
            end = WRAPPED[i]
            assert not lines[end - 1].startswith(" "), i
            title = title + " " + lines[end - 1].strip()
        if i in FRAGMENT_AFTER:
            end = FRAGMENT_AFTER[i]
            assert not lines[end - 1].startswith((" ", "-")), i
        papers.append(entry(lines, i, end, title))
    assert bullets == 164, bullets
    assert len(papers) == 160, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 4
    write_truth(NAME, PART, papers,
                "every nested bullet '- slug : Title' whose subject is one paper is an entry (not: a history note,"
                " a dataset, two blog posts); title = the plain text after the slug, the title in parentheses"
                " after a nickname, null where only a nickname is given; one wrapped title joined, three stray"
                " title tails left out of the titles they render into",
                "all 164 nested bullets read by eye; every title checked against its line; the four line-break"
                " fragments (45, 83, 85, 137) traced to the titles on lines 41, 81, 84, 135")


if __name__ == "__main__":
    main()
