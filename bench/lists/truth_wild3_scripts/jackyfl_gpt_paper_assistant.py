"""Wild3 truth for JackYFL/gpt_paper_assistant out/output.md: a generated daily arXiv digest rendered as HTML.

A fork of the GPT paper assistant writes its day's output as one Markdown file that is almost all
HTML: a '<style>' block of 650 lines of CSS, a hero section with metrics (22 relevant papers), two
word clouds, then the 'Reading Queue': '<details class="category-section">' per arXiv category and
'<details class="topic-section">' per topic, holding one card per paper:

    <details class="paper-row" id="linkN">
      <summary ...> <span class="queue-index">K</span> ... <strong>Title</strong>
          <small>Authors</small>  topic and category tags ... score pill </summary>
      <div class="paper-row-detail"> 'Paper K / arXiv:ID', <a ... href="https://arxiv.org/abs/ID">Open
      arXiv</a>, relevance and novelty scores, 'Why selected' comment, the abstract cut short </div>
    </details>

then a 'Past ArXiv' list of archive links and the selection prompt.  Decisions:

- Every 'paper-row' card is an entry (22), from its '<details class="paper-row"' line to its closing
  '</details>' (cards hold no nested details); title = the card's first '<strong>' text (the
  '<strong>' of the scores and of 'Why selected:' are labels, not titles); arXiv id from the card's
  'Open arXiv' link.  No DOIs.
- Not entries: the metrics, word clouds, category and topic summaries, archive links and prompt.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import entry, read_lines, write_truth

NAME = "JackYFL__gpt_paper_assistant__out__output@baa47d4.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.strip().startswith('<details class="paper-row"'):
            continue
        end = i + 1
        while lines[end - 1].strip() != "</details>":
            assert "<details" not in lines[end - 1], end
            end += 1
        strong = next(j for j in range(i, end) if "<strong>" in lines[j - 1])
        m = re.fullmatch(r"\s*<strong>(.+)</strong>\s*", lines[strong - 1])
        assert m, strong
        e = entry(lines, i, end, m.group(1))
        own = "\n".join(lines[i - 1 : end])
        assert own.count("arxiv.org/abs/") == 1 and e["arxiv"] and f"arXiv:{e['arxiv']}" in own, i
        papers.append(e)
    assert len(papers) == 22
    write_truth(
        NAME, PART, papers,
        "every '<details class=\"paper-row\">' card of the Reading Queue is an entry from its opening line to its"
        " '</details>', title = the card's first <strong> text, arXiv id from its 'Open arXiv' link; CSS, metrics,"
        " word clouds, category/topic wrappers, archive links and the prompt are not entries",
        "22 cards (grep count, equal to the page's 'Relevant papers 22'), all titles and ids listed against the file,"
        " each card's id matching its 'Paper K / arXiv:ID' text, spans of the first, last and four other cards"
        " checked by eye, the category/topic details and the Past ArXiv section (not entries)",
    )


if __name__ == "__main__":
    main()
