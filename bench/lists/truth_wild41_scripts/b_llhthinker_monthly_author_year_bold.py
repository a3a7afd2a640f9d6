"""Wild41 truth for llhthinker/NLP-Papers README.md: a Chinese NLP student's personal reading log ("Papers and
Notes"), kept per topic and per month read (2017-09 .. 2019-05), with links to the owner's annotated PDFs and notes.

Shape (198 lines and a final newline): a table-of-contents bullet list (2-12), "## Papers and Notes", then "###"
topic sections (Distributed Word Representations, Distributed Sentence Representations, Entity Recognition,
Language Model, Machine Translation, Question Answering, Recommendation Systems, Relation Extraction, Sentences
Matching, Text Classification) whose top-level bullets are months read ("- 2017-11", "* 2018-05") with nested items
  "  - Author(s) - Year - **Title** [[pdf]](url) [[pdf (annotated)]](...) [[note]](...)"
and a closing "- references" bullet of code, datasets, blogs and other lists; a final "### Materials" section of
courses, blogs, repositories and corpora.  Special cases:
- both "-" and "*" bullets; a month header with a bold topic "- 2019-04 (**Aspect level sentiment classification**)"
  (172);
- "2018-" without a space before the title (70), authors ending in "." ("Wang and Jiang.", "Clark and Gardner.",
  "He and Chua.", "Rendle S.");
- nicknames written into the bold titles: "(sent2vec)" 37, "(Quick-Thought Vectors)" 38, "(InferSent)" 42,
  "representations(ELMo)" 70, "classification(ULMFit)" 71; abbreviations of the real titles ("NMT by Jointly
  Learning ...", "... Binary Code Predict");
- the QA section writes its links "[[pdf](url)]" (106-112);
- references that carry paper names but are code or blogs: "[Skip-Thought Vectors](github ...)" 48, "[Quick-Thought
  Vectors](github ...)" 50, "finetune-transformer-lm: Code and model for the paper ..." 80, "The Illustrated BERT"
  blog 75, Ruder's "An overview of gradient descent optimization algorithms" blog post 185, Zhihu articles 117, 127,
  186; a bold "Over 8 Million" inside a corpus link (27).

Decisions:
- Entry = each nested "Author(s) - Year - **Title**" item (68); one line each.  Month headers, reference bullets
  (code, datasets, blogs, awesome lists, tools) and the Materials section are not entries.
- Title = the first bold span as written, nicknames in parentheses kept (they are inside the bold title text and
  cannot be told from a subtitle without outside knowledge); authors, year and link labels are not part of it.
- Ids from the item's own line: arXiv from arxiv.org links (the [[pdf]] link, version dropped); ACL Anthology,
  JMLR, PMLR, NIPS, OpenReview, ACM "citation.cfm?id=" and IEEE "arnumber" links give no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "llhthinker__NLP-Papers__README@da441da.md"
PART = "wild41_development"

ITEM = re.compile(r"^  [-*] (?P<authors>[^*\[]+?) - (?P<year>\d{4}) ?- \*\*(?P<title>.+?)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text)
        if not m:
            assert not re.search(r" - \d{4} ?- ?\*\*", text), (n, text)
            continue
        papers.append(entry(lines, n, n, m.group("title")))
    assert papers[0]["line"] == 17 and papers[-1]["line"] == 176
    assert len(papers) == 68, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each nested 'Author(s) - Year - **Title** [[pdf]](...)' item under a month bullet is an entry (one line);"
        " title = the bold span as written (parenthesised nicknames such as '(InferSent)' kept); month headers,"
        " the 'references' bullets (code, datasets, blogs, lists) and the Materials section are not entries; arXiv"
        " ids from the item's arxiv.org links.",
        "Whole file read (198 lines) against the -v output: the first and last item of each topic section, the"
        " '2018-' item (70), the nickname titles (37, 38, 42, 70, 71), the '[[pdf](url)]' items (106-112), the"
        " bold month header (172), every references bullet and the Materials section skipped (incl. the"
        " Skip-Thought/Quick-Thought code links 48, 50 and the Ruder blog 185), arXiv ids against every arxiv.org"
        " link (1607.01759v3 -> 1607.01759), no DOIs from ACM citation.cfm / IEEE arnumber links, and ~20 random"
        " titles.",
    )


if __name__ == "__main__":
    main()
