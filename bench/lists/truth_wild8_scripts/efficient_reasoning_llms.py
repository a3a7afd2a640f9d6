"""Wild8 truth for Eclipsess/Awesome-Efficient-Reasoning-LLMs README: the companion list of the survey
'Stop Overthinking: A Survey on Efficient Reasoning for Large Language Models' (TMLR 2025).

Shape: badges (some in HTML comments), News bullets, a table of contents of anchor bullets, a
commented-out template line, then eight '## Section I..VIII' headings of plain-title bullets
  * Title [[Paper]](https://arxiv.org/pdf/...) ![](https://img.shields.io/badge/pdf-2025.02-red)
(once '[[Paper](url)]' with a venue badge 'ESFoMoIII@ICML-2025'; once extra '[[Model Card]]' and
'[[Free access via OpenRouter]]' links; two bullets end with '(.)', the list's 'to be updated'
mark).  Many titles end with a full stop the list adds; it is dropped ('Don't Overthink it.
Preferring Shorter ...' keeps its inner one).
Entry: every '* ' bullet of the eight Sections whose link is '[[Paper]'; title = the text before the
first ' [['.  Two titles carry a note the list appended in parentheses, dropped: 'Efficient
Reasoning with Hidden Thinking (MLLM)' and 'LightThinker: Thinking Step-by-Step Compression
(training LLMs to compress thoughts into gist tokens)'.  One title holds a code span,
'Entropy After `</Think>` for reasoning model early exiting': the span renders as the literal text
'</Think>', which the title keeps (the shared clean() would strip it as an HTML tag, so the title is
set after entry()).
Not entries: 'Claude 3.7 Sonnet and Claude Code [[website]]' (a product announcement, Section VI),
the News bullets, the table-of-contents bullets, the template in the HTML comment, the survey's
own BibTeX under Citation.  Papers listed in two sections are separate entries.
Counts: 199 '* ' bullets in Sections I-VIII (47/26/14/68/7/8/18/11 by awk per heading), 198 with
'[[Paper]' + 1 website = 198 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "Eclipsess__Awesome-Efficient-Reasoning-LLMs__README@72eb25e.md"
PART = "wild8_development"
NOTES = (" (MLLM)", " (training LLMs to compress thoughts into gist tokens)")


def main() -> None:
    lines = read_lines(NAME)
    first = next(i for i, x in enumerate(lines, 1) if x.startswith("## Section I:"))
    stop = next(i for i, x in enumerate(lines, 1) if x.startswith("## Citation"))
    papers = []
    counts: list[int] = []
    for i in range(first, stop):
        text = lines[i - 1]
        if text.startswith("## "):
            counts.append(0)
            continue
        if not text.startswith("* "):
            continue
        counts[-1] += 1
        if "[[Paper]" not in text:
            assert "[[website]]" in text, text
            continue
        title = text[2:].split(" [[", 1)[0].strip()
        for note in NOTES:
            title = title.removesuffix(note)
        p = entry(lines, i, i, title)
        if "`</Think>`" in title:
            p["title"] = p["title"].replace("Entropy After for", "Entropy After </Think> for")
            assert p["title"] == "Entropy After </Think> for reasoning model early exiting", p["title"]
        papers.append(p)
    assert counts == [47, 26, 14, 68, 7, 8, 18, 11], counts
    assert len(papers) == 198, len(papers)
    write_truth(NAME, PART, papers,
                "every '* Title [[Paper]](url) ![badge]' bullet of Sections I-VIII is an entry, title = the text"
                " before the first ' [[' (a final full stop and two appended notes '(MLLM)', '(training LLMs ...)'"
                " dropped, the code span '</Think>' kept as text); the Claude website bullet, News, table of"
                " contents and BibTeX are not entries",
                "199 bullets by awk per section (47/26/14/68/7/8/18/11) less the one [[website]] bullet; the variant"
                " '[[Paper](url)]' link (ICML workshop badge), the Model Card line, the two '(.)' lines, the two"
                " dropped notes and the code-span title; first and last of each section and ~40 titles by eye")


if __name__ == "__main__":
    main()
