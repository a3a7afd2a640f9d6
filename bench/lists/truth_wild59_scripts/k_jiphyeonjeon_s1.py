"""Wild59 truth for jiphyeonjeon/season1 advanced/README.md at 54f2561 (2021-05-19): the "Advanced Class" page of
season 1 of 집현전 (Jiphyeonjeon), a Korean NLP paper-review study group; the framing text and the presenters'
names are Korean, the paper titles English.

Shape: 150 lines, CRLF line ends.  Title and Korean contact / schedule lines (1-4), table of contents (6-9),
"Summary" with three count tables (11-42: by Subject, by Conference/Journals, by Published Year, each with a Total
row of 18), then "Presentations" (45-150): 18 talks, each
- ``- NN : TITLE`` (the talk's / paper's title);
- tab-indented blockquote bullets ``\t> - [Paper](url), [Video](url), [Presentation](url)`` (any of the three may
  be plain text without a link), ``\t> - *Authors et al., VENUE YEAR*`` (missing for some), ``\t> - Keywords: ...``,
  ``\t> - Presenter : <Korean name>``; blank or tab-only lines between talks (114 is a stray ``\t> ``).

Special cases:
- 03 ``Translation Survey (vol1) : Background``, 04 ``Translation Survey (vol2) : Machine Translation`` and
  08 ``GPT-X`` are the presenter's own survey talks: their Paper field is plain text "Paper" with no link and no
  authors line; they name no single paper.
- 17 (140) and 18 (146) repeat the title of 16 (``Improving Skip-Gram Embeddings Using BERT``, a copy-paste slip);
  their Paper links (arXiv 1911.03681, 2010.08240) and presentation file names show other papers (E-BERT,
  Augmented SBERT).  The file's own title text is what it writes for them.
- 12 ends the title with the model name in parentheses, ``... Relation Extraction (GAIN)``.
- 02 writes ``SSMBA- Self-Supervised ...`` (a hyphen where the paper has a colon).
- 16 links IEEE Xplore (no DOI in the line); 01, 07 link ACL Anthology pages; the others arxiv.org abs/pdf.

Decisions:
- Entry = a talk ``- NN : TITLE`` whose Paper field is a link (15 of 18: 01, 02, 05-07, 09-18); span = the title
  line through its last ``\t>`` line.  Talks 03, 04, 08 (survey talks with no paper) are not entries.
- Title = the text after ``NN : `` as written, except that the trailing model name ``(GAIN)`` of 12 is dropped
  (an added label, not part of the paper's title).  17 and 18 keep the repeated (wrong) title as written: it is the
  only title the file gives for them.
- The Summary tables are counts, not entries.
- arXiv ids come from the Paper links (abs or pdf); no DOIs are written.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "jiphyeonjeon__season1__advanced__README@54f2561.md"
PART = "wild59_development"

TALK = re.compile(r"^- (?P<num>\d\d) : (?P<title>.+?)\s*$")
QUOTE = re.compile(r"^\t>")
PAPER_LINK = re.compile(r"^\t> - \[Paper\]\(")
NO_PAPER = {"03", "04", "08"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    talks = 0
    for n, ln in enumerate(lines, 1):
        m = TALK.match(ln)
        if not m:
            continue
        talks += 1
        last = n
        while last < len(lines) and QUOTE.match(lines[last]):
            last += 1
        has_paper = bool(PAPER_LINK.match(lines[n]))
        assert has_paper == (m.group("num") not in NO_PAPER), (n, ln)
        if not has_paper:
            continue
        title = re.sub(r" \(GAIN\)$", "", m.group("title"))
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert talks == 18, talks
    assert len(papers) == 15, len(papers)
    assert by[46]["title"] == "If beam search is the answer, what was the question?", by[46]
    assert by[52]["title"].startswith("SSMBA- Self-Supervised"), by[52]
    assert by[52]["arxiv"] == "2009.10195", by[52]
    assert by[109]["title"] == "Double Graph Based Reasoning for Document-level Relation Extraction", by[109]
    assert by[109]["arxiv"] == "2009.13752", by[109]
    assert by[134]["title"] == by[140]["title"] == by[146]["title"] == "Improving Skip-Gram Embeddings Using BERT"
    assert by[140]["arxiv"] == "1911.03681" and by[146]["arxiv"] == "2010.08240", (by[140], by[146])
    assert not by[134]["arxiv"], by[134]
    assert not any(n in by for n in (58, 63, 86))
    write_truth(
        NAME,
        PART,
        papers,
        method="Each talk '- NN : TITLE' under Presentations whose first blockquote bullet links a [Paper] is one"
        " entry (15 of 18); span = the title line through its tab-indented '>' bullets.  Title = the text after"
        " 'NN : ' as written (17 and 18 keep their copy-pasted title), minus the trailing '(GAIN)' label of 12.  The"
        " survey talks 03, 04, 08 (no paper link) and the Summary count tables are not entries.",
        checked="Read the whole file; compared the -v output with all 18 talks, checked the three paper-less talks,"
        " the repeated titles of 16-18 against their links, arXiv ids from abs and pdf links, the ACL Anthology and"
        " IEEE links without ids, and the CRLF line ends.",
    )


if __name__ == "__main__":
    main()
