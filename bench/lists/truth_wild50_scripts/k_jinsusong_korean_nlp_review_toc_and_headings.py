"""Wild50 truth for jinsusong/21-study-paper-review README.md: a Korean study group's NLP paper-review log
("NLP paper review 2015 ~ 2020"), newest commit (c410413, 2022-02-02).  Eighteen papers, each reviewed in Korean
under six fixed questions (1) 저자의 연구가 왜 중요한가? ... 6) 연구 문제를 위해 풀어야 하는 구체적인 문제는 무엇인가?).

Shape: 749 lines, 43 KB, no URLs at all (so no ids).  ``# NLP paper review  2015 ~ 2020`` (1), then a numbered table
of contents (2-19): ``1. [A Persona-Based Neural Conversation Model](#1-a-persona-based-...)``, each item an in-page
anchor link to its review; the link text carries a venue in parentheses glued to the title on some items
(``...Systems(EMNLP)`` 5, ``...Only(ICLR)`` 6, ``Graph Attention Networks(ICLR)`` 7, ``...properties(ACL)`` 9,
``...sentences (ACL)`` 11, ``...Cross-View Training(EMNLP)`` 13, ``...Recognition(IEEE TRANSACTIONS ON KNOWLEDGE
ANDDATAENGINEERING)`` 14) and a model nickname after the title on two (``... Generative Pre-Training GPT1`` 10,
``... Multitask Learners GPT2 `` 18).  Then one level-1 heading per paper, ``# N Title`` (21, 68, 107, ..., 690), the
number without a dot, the title re-typed without punctuation (``# 8 What you can cram into a single vector Probing
...``, ``# 11 BERT Pre training of Deep ...``, ``# 15 RoBERTa A Robustly ...``), followed by a 4-space-indented block
(an indented code block in Markdown): the date line ``    - 19 Mar 2016`` and the Korean answers.  Review 3 (107-109)
has only the date.

Special cases:
- The Korean notes name prior work (e.g. 38-44 ``- Data-driven response generation in social media : ...``,
  ``- All the World's a Stage : Learning Character Models from Film : ...``), but all of it sits in the indented code
  block of the review, as related-work notes; not entries.
- Item/heading 2 is the shortened ``Google's Neural Machine Translation`` / ``Google Neural Machine Translation`` (the
  GNMT paper); kept as written.
- ``GPT1`` / ``GPT2`` after the title are nickname tags, dropped (TOC 10 and 18, heading 611).
- Venues in parentheses after the title (``(EMNLP)``, ``(ICLR)``, ``(ACL)``, ``(IEEE TRANSACTIONS ...)``) are dropped.

Decisions:
- Entry = every TOC item (18, one line each) and every ``# N`` review heading (18, the heading through the last
  non-blank line of its review): each paper is mentioned twice, and the two mentions are separate entries (36).
- Title = the TOC link text / the heading text after the number, venue parenthesis and GPT1/GPT2 tag dropped.
- Not entries: the document heading (1), anything inside the indented review blocks.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "jinsusong__21-study-paper-review__README@c410413.md"
PART = "wild50_development"

TOC = re.compile(r"^(?P<n>\d+)\. \[(?P<text>[^\]]+)\]\(#[^)]+\)$")
HEAD = re.compile(r"^# (?P<n>\d+) (?P<text>.+?)\s*$")
VENUE = re.compile(r"\s*\((?:EMNLP|ICLR|ACL|IEEE TRANSACTIONS ON KNOWLEDGE ANDDATAENGINEERING)\)$")
NICK = re.compile(r"\s+GPT[12]$")


def title_of(text: str) -> str:
    text = text.strip()
    text = VENUE.sub("", text)
    text = NICK.sub("", text)
    return text.strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# NLP paper review  2015 ~ 2020", lines[0]
    papers = []
    toc: list[int] = []
    heads: list[tuple[int, int, str]] = []
    for n, ln in enumerate(lines, 1):
        m = TOC.match(ln)
        if m:
            assert int(m.group("n")) == len(toc) + 1, (n, ln)
            toc.append(n)
            papers.append(entry(lines, n, n, title_of(m.group("text"))))
            continue
        m = HEAD.match(ln)
        if m:
            assert int(m.group("n")) == len(heads) + 1, (n, ln)
            heads.append((n, 0, m.group("text")))
    assert toc == list(range(2, 20)), toc
    assert len(heads) == 18, heads
    for i, (first, _, text) in enumerate(heads):
        stop = heads[i + 1][0] - 1 if i + 1 < len(heads) else len(lines)
        last = stop
        while not lines[last - 1].strip():
            last -= 1
        assert all(not x.strip() or x.startswith("    ") for x in lines[first:last]), first
        papers.append(entry(lines, first, last, title_of(text)))
    for p in papers:
        assert not re.search(r"[\[\]()<>*`#]|GPT[12]$", p["title"]), p
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Google's Neural Machine Translation", t[3]
    assert t[5]["title"] == "Adversarial Examples for Evaluating Reading Comprehension Systems", t[5]
    assert t[10]["title"] == "Improving Language Understanding by Generative Pre-Training", t[10]
    assert t[14]["title"] == "A Survey on Deep Learning for Named Entity Recognition", t[14]
    assert t[18]["title"] == "Language Models are Unsupervised Multitask Learners", t[18]
    assert (t[21]["title"], t[21]["end"]) == ("A Persona-Based Neural Conversation Model", 66), t[21]
    assert (t[107]["title"], t[107]["end"]) == (
        "Google Multilingual Neural Machine Translation System Enabling Zero Shot Translation", 108), t[107]
    assert t[278]["title"] == "What you can cram into a single vector Probing sentence embeddings for linguistic properties"
    assert t[611]["title"] == "Language Models are Unsupervised Multitask Learners", t[611]
    assert t[690]["end"] == 748, t[690]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Two mentions per paper, both entries (36): the 18 numbered TOC items 2-19 (title = link text, the glued venue"
        " parenthesis '(EMNLP)'/'(ICLR)'/'(ACL)'/'(IEEE TRANSACTIONS ...)' and the nickname 'GPT1'/'GPT2' dropped) and"
        " the 18 '# N Title' review headings (title = heading text after the number, 'GPT2' dropped; span = heading"
        " through the last non-blank line of its 4-space-indented Korean review block). Related work named inside the"
        " indented review blocks (code blocks) is not an entry; no URLs, so no ids.",
        "Read the TOC and every heading, and skimmed all 18 Korean review blocks (they are all 4-space indented, asserted);"
        " compared -v for all 36 entries: venue parentheses dropped on TOC 5-9, 11, 13, 14, GPT1/GPT2 dropped on"
        " TOC 10/18 and heading 611, the re-typed heading titles without colons/hyphens kept as written (278, 375,"
        " 378, 497), the date-only review 3 (107-108).",
    )


if __name__ == "__main__":
    main()
