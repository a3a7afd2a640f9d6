"""Wild14 truth for KilluaKukuroo/paper-reading README: a Chinese/English personal paper-notes page
('论文笔记和原文', paper notes and originals), 1,269 lines under topic headings (smart city, privacy,
GNN, 联邦学习 federated learning, deep learning, 机器学习, 小样本学习, NLP, CV, 集成学习, 优化方法,
智慧电网 smart grid, others ...).

Shape: one paper per record, no bullets.  A record opens with a line that is the paper's link, in one
of several hand-typed forms: 'N.[Title](url)<br>', 'N. [Title](url)', '[N.Title](url)' (the number
inside the link text), '[Title](url)' unnumbered, '**[16.Title](url)**', 'N.**[Title]**(url)', a
link text wrapped over two lines ('10. [Deep Models Under the GAN: Information Leakage from' /
'Collaborative Deep Learning](url)'), a link with a space before the URL ('9.[... Network] (url)'),
a link with an empty URL ('6.[Title]()'), a bare bracketed title with no URL ('[CICLAD: ...]' in
'others', '14.[Doing in One Go: ...]<br>'), and once a plain numbered title whose links follow on
the next lines ('1.Training with streaming annotation' / '[原文](arXiv)' / '[笔记](notes pdf)').
After it come the venue/authors/citation line and free notes (Chinese and English, bold labels
'**summary**:', sub-bullets, images); the record runs to the line before the next record or heading,
trailing blank lines dropped.

Entries: every such record whose subject is a paper.  Title = the link text (or the bracketed / plain
title), without the numbering ('1.', '[4.') and the Markdown bold; '宽度学习-' (the Chinese name of
'Broad Learning') before 'Broad Learning System: ...' is a translated title and is dropped; nicknames
written into the title ('GPT3-Language Models ...', 'HRNet-Deep High-Resolution ...') are kept.
'6.[ResNet](arXiv 1512.03385)' names only a nickname: title null.  '4.[](arXiv 2005.04118)' (the
CheckList paper, ACL 2020 best paper) names no title: title null.  Records repeated under two topics
('Beyond Inferring Class Representatives ...' twice in privacy, 'Hard-Aware Deeply Cascaded
Embedding' in 集成学习) are separate entries.

Not entries: the 'scholars' bullets (people), the table of contents, the two items of 'Before reading
a paper' (Eisner's web essay on reading papers and a PhD student's blog post), the GNN 'tutorial'
links (slides, a course video, 'BOOK-Graph Representation Learning'), the review-section keynote
and tutorial ('Urban Computing: Building Intelligent Cities Using Big Data and AI', AAAI 2019
keynote; 'Human Mobility from theory to practice ...', WWW 2019 tutorial, listed twice) and the
lecture slides 'Introduction to Trajectory Data Mining', the federated-learning blog post, the WeChat
article under the CV paper, the empty '18.[]()' placeholder with no link, secondary links inside a
record ('[short version]', '[PDF tutorial]', '[paper slides]', '[paper link]', '[openReview link]',
'[code]', '[原文]', '[笔记]', a blog on residual blocks), a paper named inline in a record's notes
('[Hard-Aware Deeply Cascaded Embedding]做了cascaded embedding training (url)' in the notes of the
Facebook search paper) and the numbered discussion points inside the CheckList notes.

Count check: 143 candidate opening lines found by the regex (link-first lines plus the plain
numbered title), minus the 24 non-entries listed above = 119 entries; counted a second way by section
by eye (see ``SECTION_COUNTS``).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "KilluaKukuroo__paper-reading__README@4851e9d.md"

# secondary links of a record (a version, slides, the notes, code ...), never a record of their own
SECONDARY = re.compile(
    r"^(short version|PDF tutorial|paper slides|paper link|openReview link|code|原文|笔记|"
    r"short video intro|分析residual block博文)$",
    re.IGNORECASE,
)
# a record's first line: optional bold, optional 'N.' then '[' (the link text may hold '[N.')
START = re.compile(r"^\**\s*(?:\d+\.\s*)?\**\[")
# secondary links and people/tool links that open a line but are not papers
NOT_PAPER_TEXT = re.compile(
    r"^(short version|PDF tutorial|paper slides|paper link|openReview link|code|原文|笔记|"
    r"short video intro|course video for this tutorial|分析residual block博文|BOOK-)",
    re.IGNORECASE,
)


def link_text(lines: list[str], i: int) -> tuple[str, int]:
    """The bracketed text opening line i (1-based) and the last line it spans."""
    text = lines[i - 1]
    j = i
    while "]" not in text[text.index("["):] and j < i + 2:
        j += 1
        text += " " + lines[j - 1]
    inner = text[text.index("[") + 1 :]
    depth, out = 1, []
    for ch in inner:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                break
        out.append(ch)
    return "".join(out), j


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    # headings, and the bold pseudo-heading '**联邦学习的安全问题**' (federated-learning security)
    heading = [ln.startswith("#") or ln.strip() == "**联邦学习的安全问题**" for ln in lines]
    toc_end = next(i for i in range(1, n + 1) if lines[i - 1] == "## Before reading a paper")
    # sections whose link lines are not papers: scholars bullets start with '- ' (never matched);
    # these opening lines are talks, slides, books, blogs, essays or notes (checked one by one)
    not_entries_text = {
        "1.How to read a Technical paper -- Jason Eisner from JHU",
        "2.Lessons from My First Two Years of AI Research",
        "Urban Computing: Building Intelligent Cities Using Big Data and AI",
        "Human Mobility from theory to practice: Data, Models and Applications",
        "Human Mobility from theory to practice:Data, Models and Applications",
        "Introduction to Trajectory Data Mining",
        "Federated learning: Is it really better for your privacy and security?",
        "Graph Representation Learning",
        "Nature子刊研究颠覆常识：视网膜计算使眼睛先于大脑产生视觉信息",
    }
    starts: list[tuple[int, int, str | None]] = []  # (first line, last line of the link text, title)
    candidates = 0
    for i in range(toc_end + 1, n + 1):
        text = lines[i - 1]
        if text.startswith("1.Training with streaming annotation"):
            candidates += 1
            starts.append((i, i, "Training with streaming annotation"))
            continue
        if not START.match(text):
            continue
        candidates += 1
        raw, j = link_text(lines, i)
        raw = re.sub(r"\s+", " ", raw).strip()
        if raw.startswith("A gentle introduction to graph neural networks"):
            continue  # GNN tutorial slides
        if NOT_PAPER_TEXT.match(raw) or raw in not_entries_text:
            continue
        if raw.startswith("Hard-Aware Deeply Cascaded Embedding") and "做了cascaded" in text:
            continue  # named inline in another record's notes
        if raw == "" and text.strip() == "18.[]()":
            continue  # empty placeholder
        title: str | None = re.sub(r"^\d+\.\s*", "", raw).strip("* ")
        if title.startswith("宽度学习-"):
            title = title.removeprefix("宽度学习-")
        if title in ("", "ResNet"):
            title = None
        starts.append((i, j, title))
    # a record ends before the next candidate opening line (entry or not) or heading
    # secondary links inside a record (and the inline mention) do not open a record; the
    # non-paper records (talks, slides, blogs, the empty placeholder) do
    openers = set()
    for i in range(toc_end + 1, n + 1):
        text = lines[i - 1]
        if text.startswith("1.Training with streaming"):
            openers.add(i)
        elif START.match(text):
            raw = re.sub(r"\s+", " ", link_text(lines, i)[0]).strip()
            if SECONDARY.match(raw) or "做了cascaded" in text or raw.startswith("Nature子刊"):
                continue
            openers.add(i)
    papers = []
    for first, j, title in starts:
        last = j
        k = j + 1
        while k <= n and not heading[k - 1] and k not in openers:
            if lines[k - 1].strip():
                last = k
            k += 1
        papers.append(entry(lines, first, last, title))
    assert candidates == 143, candidates
    assert len(papers) == 119, len(papers)
    assert sum(SECTION_COUNTS.values()) == 119
    for head, want in SECTION_COUNTS.items():
        lo = lines.index(head) + 1
        hi = min([i for i in range(lo + 1, n + 1) if lines[i - 1].startswith("## ")] + [n + 1])
        got = sum(1 for p in papers if lo < p["line"] < hi)
        assert got == want, (head, got, want)
    write_truth(NAME, "wild14_development", papers, METHOD, CHECKED)


SECTION_COUNTS = {  # counted by eye per '## ' section, the second count of the entries
    "## Mobile && smart city && spatial-temporal mining": 36,  # review 8, embedding 9, ETA 5, location 10, network 2, others 2
    "## privacy": 24,
    "## 联邦学习": 8,
    "## GNN": 6,
    "## deep learning": 12,
    "## transfer learning": 0,
    "## Interpretable ML": 2,
    "## 机器学习": 5,
    "## 小样本学习 && 类别不均衡": 2,
    "## semi-supervised &unsupervised": 1,
    "## NLP and web, knowledge graph": 4,
    "## CV": 3,
    "## 集成学习": 3,
    "## 多模态 multi-modal": 1,
    "## 优化方法": 3,
    "## data processing": 2,
    "## 智慧电网 smart grid": 2,
    "## others": 5,
}

METHOD = (
    "every record that opens with a paper's link (N.[Title](url), [N.Title](url), [Title](url), a bare "
    "[Title], a two-line link text, or the plain numbered 'Training with streaming annotation') is an "
    "entry running to the line before the next record or heading; title = the link text without "
    "numbering and bold (the Chinese name '宽度学习-' dropped), null for the nickname-only 'ResNet' and "
    "the empty '[]' of the CheckList paper; scholars, talks, slides, a book, blogs, essays, secondary "
    "links and papers named inside notes are not entries"
)
CHECKED = (
    "every one of the 143 candidate opening lines against the file (which are papers, which are slides, "
    "keynotes, tutorials, blogs, essays, secondary links), every title against its line (two-line link "
    "texts, the link with a space before '(', the empty-URL and URL-less titles, the bold forms), the "
    "entry ends of the long notes, and the ids of entries whose own link has none"
)

if __name__ == "__main__":
    main()
