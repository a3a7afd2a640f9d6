"""Wild7 truth for MaximeVandegar/Papers-in-100-Lines-of-Code README.md: one four-line card per implemented paper.

Shape: badges ('Papers implemented/62'), a one-line intro, '## Implemented papers', then 62 cards
separated by blank lines, each
    ##### [Short or full title]
    - Title [[arXiv]](url)          (label arXiv, nature, PMLR or OpenReview)
    - *Author, Author, ...*
    - `YYYY-MM-DD`
The bracketed heading is literal text (no link definitions in the file).  Every card is an entry
spanning its heading to its date line.

Title: the card writes it twice, in the heading and in the first bullet (before the '[[label]]'
link).  They agree on 57 cards.  Where they differ and one contains the other, the longer one is
the title: the bullet completes a shortened heading ('Sequential Neural Likelihood' -> '...: Fast
Likelihood-free Inference with Autoregressive Flows', 'DreamBooth', 'Speedy-Splat'), and once the
heading completes a truncated bullet (line 71, 'Convolutional Generative Adversarial Networks'
under the DCGAN heading).  Where neither contains the other (line 251, heading 'Stable Diffusion
v1-5' naming a model release, bullet 'High-Resolution Image Synthesis with Latent Diffusion
Models') the bullet, the card's title field, is taken.  Lines 171 and 191 both link the same PMLR
page (a copy slip of the list); no DOIs in the file.
Count checks: 62 '#####' headings = the badge's 62; every card has exactly the 4-line layout.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "MaximeVandegar__Papers-in-100-Lines-of-Code__README@af27efe.md"
PART = "wild7_development"
LINES = read_lines(NAME)

HEAD = re.compile(r"^##### \[(.+)\]$")
BULLET = re.compile(r"^- (.+?) \[\[(arXiv|nature|PMLR|OpenReview)\]\]\(\S+\)$")


def main() -> None:
    papers, differ = [], {}
    for i, text in enumerate(LINES, 1):
        if not text.startswith("#####"):
            continue
        h = HEAD.match(text)
        b = BULLET.match(LINES[i])
        assert h and b, i
        assert re.fullmatch(r"- \*.+\*", LINES[i + 1]) and re.fullmatch(r"- `\d{4}-\d\d-\d\d`", LINES[i + 2]), i
        assert i + 3 == len(LINES) or LINES[i + 3] == "", i  # the last card ends the file
        head, bul = h.group(1), b.group(1)
        if head == bul:
            title = bul
        else:
            differ[i] = head
            title = head if bul in head else bul
        papers.append(entry(LINES, i, i + 3, title))
    assert len(papers) == 62 and "Papers%20implemented/62" in LINES[0]
    assert sorted(differ) == [71, 161, 251, 276, 311], sorted(differ)
    write_truth(NAME, PART, papers,
                "every '##### [title]' card (heading, title bullet with [[label]] link, italic authors, date) is an"
                " entry spanning its 4 lines; title = the title bullet, or the heading where the heading is the"
                " longer text containing the bullet (a truncated bullet)",
                "62 cards against the badge count and grep of '#####'; the 4-line layout asserted for all; the"
                " 9 cards where heading and bullet differ (6 only by the link label) read one by one; all 62 titles"
                " and arXiv ids read by eye")


if __name__ == "__main__":
    main()
