"""Wild15 truth for cypherpunk-symposium/awesome-decentralized-ai research/research_papers.md: a
'(quintessential) papers to read later (hopefully someday)' reading list.

Shape: an emoji table of contents ('- 🌲 [classic papers](#🌲-classic-papers)', 7 bullets), then
'## 🌲 ' sections (and one '### ' subsection) separated by '<br>' and '---' lines, each a list of
'- [title](url)' bullets written all in lower case ('attention is all you need',
'bert: pre-training of ...').  Links are mostly arXiv abs/pdf (one with 'v2'), a few Nature
articles and OpenAI PDFs.

Entry: every '- [title](url)' bullet of the paper sections (55), one line each; title = the link
text as written (lower case kept).  Not entries: the 7 table-of-contents bullets (anchor links),
two blog posts in the 3d-parallelism subsection ('a deep dive into 3d parallelism with nanotron',
a personal blog post; 'scaling language model training to a trillion parameters using megatron',
an NVIDIA developer blog post) and the three textbooks of '## 🌲 books and the underlying math'.
Papers listed twice (latent reasoning, continuous latent space) are separate entries; three
bullets with different titles link the same arXiv id 2401.17555 as the file writes it.

Count check: grep -c '^- \\[' = 60 = 55 papers + 2 blog posts + 3 books (the 7 TOC bullets start
'- 🌲'); per section 15 / 13 / 10 (+2 posts) / 6 / 3 / 3 / 2 / 3, counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "cypherpunk-symposium__awesome-decentralized-ai__research__research_papers@19d7f8f.md"
PART = "wild15_development"
LINES = read_lines(NAME)

BLOG_POSTS = {72: "tj-solergibert.github.io/post/", 74: "developer.nvidia.com/blog/"}
BOOKS_SECTION = "## 🌲 books and the underlying math"


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    link_bullets = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text.strip()
            continue
        m = re.match(r"- \[([^\]]+)\]\((https?://[^)]+)\)$", text)
        if not m:
            assert not re.match(r"- \[", text), (i, text)
            continue
        link_bullets += 1
        if section == BOOKS_SECTION:
            continue
        if i in BLOG_POSTS:
            assert BLOG_POSTS[i] in m.group(2), i
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    assert link_bullets == 60, link_bullets
    assert list(per_section.values()) == [15, 13, 10, 6, 3, 3, 2, 3], per_section
    assert len(papers) == 55
    write_truth(NAME, PART, papers,
                "every '- [title](url)' bullet of the paper sections is an entry (one line), title = the link text in its"
                " lower case; the emoji table of contents, two blog posts and the textbook section are not entries",
                "every entry (55) against the file: title, line, arXiv id (abs and pdf links, the 'v2' link, the"
                " repeated 2401.17555), Nature and OpenAI links without ids; 60 '- [' bullets = 55 + 2 blog posts +"
                " 3 books, plus 7 TOC bullets; per-section counts 15/13/10/6/3/3/2/3")


if __name__ == "__main__":
    main()
