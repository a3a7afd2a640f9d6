"""Wild34 truth for Nathan-Bernardo/Learning-Deep-Learning README.md: a self-learner's deep-learning log,
prose about getting started, then "Paper Notes" by month and a "List of articles that I will read".

Shape: "* [text](url) [[notes](...)] <br>" bullets.  Entries are the bullets whose link is a paper:
- Lines 24-38 (classic architectures the author recommends): the link text is often a nickname, not a
  title: Alex Net, ZF Net, VGG16, GoogleLetNet, Inception-v2 (links the BatchNorm paper),
  Inception-v3, Inception-ResNet, Microsoft ResNet, R-CNN, Faster R-CNN and Xception name no title
  (title None).  "Fast R-CNN" (line 33) and "Spatial Transformer Networks" (38) are the papers' own
  titles; "Generative Adversial Networks" (36) and "Generating Image Description" (37) are written
  as titles and kept as written.
- Lines 58-76 (Paper Notes, months 2021-10 .. 2020-02) and 82-122 (to-read list): the link text is the
  title; trailing `Sustainability` tags, [[notes]], [[Github]], [[code]], [[dataset]] links are not.
  Line 58's arXiv URL carries junk ("%22%3EWachstum") after the id.
- Not entries: IEEE Spectrum magazine articles (6-8), books and courses (12-17), frameworks and tools
  (20-21, 42-49), GitHub repositories (53-54), the OpenAI blog post "DALL·E: Creating Images from
  Text" (62), the bold group labels (61, 65).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "Nathan-Bernardo__Learning-Deep-Learning__README@223647a.md"
PART = "wild34_development"
NICKNAME = {24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35}
LINES = list(range(24, 39)) + [58, 59, 66, 67, 70, 71, 74, 75, 76] + list(range(82, 123))


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in LINES:
        m = re.match(r"\* \[([^\]]+)\]\(", lines[n - 1])
        assert m, (n, lines[n - 1])
        papers.append(entry(lines, n, n, None if n in NICKNAME else m.group(1)))
    assert len(papers) == 65, len(papers)
    write_truth(NAME, PART, papers,
                "Each bullet linking a paper is an entry (magazine articles, books, courses, tools, repositories and the "
                "DALL-E blog post are not); title is the link text, None where it is only an architecture nickname.",
                "All 65 entries and every non-entry bullet read against the file by eye.")


if __name__ == "__main__":
    main()
