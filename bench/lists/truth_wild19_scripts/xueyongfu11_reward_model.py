"""Wild19 truth for xueyongfu11/awesome-deep-learning-resource RLHF/Reward-model.md: a Chinese
study note on reward models for RLHF, part of a large Chinese deep-learning resource repository.

Shape: a Chinese introduction, a '### resource' section of links (GitHub repos, a blog, a Notion page,
a zhihu post, a Hugging Face space) and one paper title, then Chinese/English headings
('### 生成式奖励模型generative reward model', '### 判别式奖励模型 discriminative reward model',
'### 奖励黑客 reward hacking').  Each paper is a top-level bullet holding only its plain title (no
link, sometimes with double spaces or in capitals), followed by indented sub-bullets: the date
('2024.10', '2024.07') and Chinese summary bullets; one entry also links a WeChat article about it.

Entry: every top-level bullet whose text is a paper title (32): all top-level bullets except the
resource links ('- https://…', '- [blog/notion/zhihu title](url)') and the label '- reward model
benchmark' (a benchmark page, its URL below it).  The resource section's one plain title
('Towards Understanding the Influence of Reward Margin on Preference Model Performance') is an
entry.  Lines: the title bullet to the last non-blank line before the next top-level bullet or
heading.  Title = the bullet text.  No arXiv/DOI links: no ids.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "xueyongfu11__awesome-deep-learning-resource__RLHF__Reward-model@cfa7485.md"
PART = "wild19_development"
NOT_PAPERS = ("- http", "- [")


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    skipped = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        if text.startswith(NOT_PAPERS) or text.strip() == "- reward model benchmark":
            skipped += 1
            continue
        last = i
        for j in range(i + 1, n + 1):
            t = lines[j - 1]
            if t.startswith(("- ", "#")):
                break
            if t.strip():
                last = j
        papers.append(entry(lines, i, last, text[2:].strip()))
    # second count: grep -c '^- ' = 38 top-level bullets; 6 resource links/labels (lines 13-25) are not papers
    assert len(papers) == 32 and skipped == 6, (len(papers), skipped)
    write_truth(NAME, PART, papers,
                "every top-level bullet holding a plain paper title (with its date and Chinese summary sub-bullets) is an"
                " entry, title = the bullet text; the resource section's links, blog/notion/zhihu pages and the benchmark"
                " label are not entries",
                "all 32 titles read against the file; grep -c '^- ' = 38 = 32 titles + 6 resource items (4 links/pages,"
                " 1 MOSS-RLHF repo, 1 benchmark label); spans checked at the section ends and the entry with a WeChat link")


if __name__ == "__main__":
    main()
