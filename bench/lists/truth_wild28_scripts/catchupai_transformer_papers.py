"""Wild28 truth for eroicas4/CatchUpAI_VL Topics/AI-Modeling-Transformer/vl_materials/01_Papers_List.md: a Korean study-group paper list.

Shape: a Korean reading list (주요 논문 목록 및 링크) for a Transformer study course; one '####' heading per
paper, '#### N. Title (year)' or '#### N. Title (NICK, year)', sometimes with star marks ('⭐⭐⭐', line 12),
followed by '- **Key**: value' bullets in Korean: 저자 (authors), 발표 (venue), ArXiv or 링크 (a bare URL,
not a Markdown link), 핵심 내용, 읽기 우선순위, 다운로드.  Papers sit under '###' module headings (M1-M5,
lines 10-116) and then '## 📚 추가 읽기 (선택)' sub-headings (lines 120-156).
Title = the heading text after 'N. ', without the closing '(year)' / '(NICK, year)' group and the stars,
as the file writes it (line 27 shortens BERT's title to 'BERT: Pre-training of Deep Bidirectional
Transformers'; kept).  An entry spans its heading and its bullets (up to the blank line).
Special cases: line 112 'Claude 3 Model Card' links only to Anthropic's announcement page and is marked
(공식 블로그); counted as an entry, since the record names the model card, a technical report like the GPT-4
Technical Report on line 84.  Lines 20 and 38 (GPT-1, GPT-2) link to OpenAI PDFs, no arXiv id.
Not entries: the download instructions (lines 160-172, the example file names
'Attention_is_All_You_Need_2017.pdf' and 'GPT3_..._2020.pdf'), the reading strategy, and the resource bullets
(ArXiv, Papers with Code, Google Scholar, Zotero, Notion, Obsidian; lines 193-203).
Count check: 19 '#### N.' headings, matching the file's own footer '총 논문 수: 19개' (line 210);
16 of them give an arXiv URL (all but lines 20, 38, 112).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "eroicas4__CatchUpAI_VL__Topics__AI-Modeling-Transformer__vl_materials__01_Papers_List@6dcda70.md"
PART = "wild28_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"#### (\d+)\. (.+?) \((?:[^()]*, )?\d{4}\)(?: ⭐+)?$", text)
        if not m:
            assert not text.startswith("#### "), i
            continue
        assert int(m.group(1)) == len(papers) + 1, i
        end = i
        while end < len(lines) and lines[end].startswith("- **"):
            end += 1
        papers.append(entry(lines, i, end, m.group(2)))
    assert len(papers) == 19, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 16
    write_truth(NAME, PART, papers,
                "every '#### N. Title (year)' paper heading with its Korean metadata bullets is an entry (19, as the"
                " file's footer says), the Claude 3 Model Card included as a technical report; title = the heading"
                " text without the number, the '(NICK, year)' group and the stars; ids from the bare URLs in the"
                " bullets",
                "all 19 headings and their bullets read by eye against the -v output (titles, spans, the 16 arXiv"
                " ids, no DOIs); the instructions, example file names and resource bullets after line 158 checked"
                " not to be records")


if __name__ == "__main__":
    main()
