"""Wild61 truth for HillZhang1999/llm-hallucination-survey README.md at 91e38be: the reading list that accompanies
the survey "Siren's Song in the AI Ocean: A Survey on Hallucination in Large Language Models" (arXiv 2309.01219),
grouped as in the survey (evaluation / source / mitigation).

Shape: 700 lines.  Badges, a news note with a link to the survey itself (17) and its BibTeX in a code fence
(20-27), a table of contents (29-36).  ``## 🔍Evaluation of LLM Hallucination`` (38) with ``###`` Input- (39),
Context- (86) and Fact-conflicting (104) hallucination; ``## 🚨Source of LLM Hallucination`` (246);
``## 🛠Mitigation of LLM Hallucination`` (352) with ``###``/``####`` stages (354 .. 656); ``## 📲Contact`` (699).
Each paper is a bold title on one line and an italic author line right after it (sometimes after a blank line)
that ends with ``[[paper]](url) 2023.5``::

    1. **HaluEval: A Large-Scale Hallucination Evaluation Benchmark for Large Language Models**
       *Junyi Li, Xiaoxue Cheng, Wayne Xin Zhao, Jian-Yun Nie, Ji-Rong Wen* [[paper]](https://arxiv.org/abs/2305.11747) 2023.5

Special cases:
- Under Input-conflicting hallucination (42-83) the papers are nested ``+`` bullets under task labels
  ``+ `Machine Translation`:`` (42, 51, 58, 72, 79) that are not papers; elsewhere every item is numbered ``1.``.
- Author lines are indented 0, 2 or 3 spaces, sometimes glued to the link (``...Gallinari*[[paper]](...)``), and
  a blank line can separate title and author line (158-160 ``Large Language Models on Wikipedia-Style Survey
  Generation ...``, 270-272); the span runs from the title line to the author line.
- Titles are kept as written, with the list's slips: 43 ``Hallucinations in Neural Machine TranslationDownload``,
  530 starts with the quoted ``"Merge Conflicts!"`` which is part of the real title.
- Some papers appear in several sections; each occurrence is an entry.  Some links are ``browse.arxiv.org`` or ACL
  Anthology / OpenReview pages.
- The survey's own link (17) and BibTeX (20-27) are not list entries.

Decisions:
- Entry = every line whose item text is a bold ``**...**`` title (219), spanning to the next non-blank line (its
  author line).
- Title = the text between the ``**`` markers, stripped.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "HillZhang1999__llm-hallucination-survey__README@91e38be.md"
PART = "wild61_development"

ITEM = re.compile(r"^\s*(?:1\.|\+|-)\s+\*\*(.+)\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        last = n + 1
        while not lines[last - 1].strip():
            last += 1
        assert lines[last - 1].lstrip().startswith("*"), (n, lines[last - 1])
        papers.append(entry(lines, n, last, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 219, len(papers)
    assert min(by) == 43 and max(by) == 696, (min(by), max(by))
    assert by[43]["title"] == "Hallucinations in Neural Machine TranslationDownload", by[43]
    assert by[43]["end"] == 44, by[43]
    assert by[45]["arxiv"] == "2208.05309", by[45]
    assert by[63]["title"] == "Summarization is (Almost) Dead", by[63]
    assert by[89]["title"] == "Knowledge Enhanced Fine-Tuning for Better Handling Unseen Entities in Dialogue Generation"
    assert by[530]["title"].startswith('"Merge Conflicts!" Exploring the Impacts'), by[530]
    assert by[551]["title"] == "KTRL+F: Knowledge-Augmented In-Document Search", by[551]
    for n in (17, 42, 51, 79, 246):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every list item ('1.', '+' or '-') whose text is a bold **title** is one entry (219); it spans from"
        " the title line to the following italic author line (blank lines between allowed), which carries the"
        " [[paper]] link and a year.month.  Title = the text between the ** markers as written (slips like"
        " 'TranslationDownload' kept).  The backticked task labels of the Input-conflicting section, the"
        " survey's own link and its BibTeX are not entries.",
        checked="Read the whole file; compared the -v output with all 219 items: the nested '+' items of"
        " 43-83, spans with a blank line before the author line, the quoted title at 530, the last items of each"
        " section, and sampled arXiv ids from arxiv.org / browse.arxiv.org links.",
    )


if __name__ == "__main__":
    main()
