"""Wild27 truth for ZJU-LLMs/Foundations-of-LLMs 大模型经典论文列表/readme.md: a Chinese textbook's paper list.

Shape: the reading list of the Chinese textbook 《大模型基础》 ('大模型基础论文列表'): a Chinese table of
contents (lines 3-45), then six '##' chapters in Chinese (语言模型基础 ... 检索增强生成), each with '###'
sections whose heading starts with an <img> star icon.  Under them, numbered items
'N. **Title.** `VENUE`' followed by an indented italic author line '*Authors.* [[PDF](url)][[Code](url)],
year'.  In the Prompt chapter (lines 289-499) a blank line separates the title line from the author
line.  The item numbers restart in each section; the two-digit ones are indented one more space.
An entry spans its title line to its last author/link line.
Title = the bold span, joined across lines (lines 780-781 and 941-942 wrap it), the closing '.'
before '**' dropped as a separator.
Entries: 230 of the 238 numbered items.  Not entries (8): the two `BOOK` items (lines 53, 55: Manning &
Schütze, Jurafsky & Martin), the blog posts 'Introducing chatgpt' (line 221), 'Introducing Meta Llama
3' (line 239), Alpaca (line 242, and again line 322 tagged with the Stanford CRFM name, both linking
the crfm.stanford.edu blog), Vicuna (line 245, lmsys blog), and 'Instruction in the Wild' (line 520,
tagged `GitHub`, a dataset repository with only a [[Code]] link).
Special cases kept as entries: the `Online` GPT-1 and GPT-2 papers (lines 203, 206, PDF links on OpenAI
storage); the three 'Gpt-4 technical report.' items (lines 224, 227, 230: the record names a technical
report, though 227 and 230 link the GPT-4o announcement page; 227 and 230 are identical records, two
entries); AdapterFusion with an empty tag '``' (line 542); 'Garbage in, garbage out' (line 476, a
psychology journal article on psycnet).  Repeated papers in several sections (Generative Agents lines
330/468, Emergent Abilities 378/394, 'A survey on large language model based autonomous agents'
464/949 with different authors, LSTM 65/358 ...) are separate entries.
Count check: 238 numbered items = 230 entries + 8 non-entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "ZJU-LLMs__Foundations-of-LLMs__大模型经典论文列表__readme@f559896.md"
PART = "wild27_development"
START = re.compile(r"^\s*\d+\.\s+\*\*")
NOT_ENTRIES = {53: "BOOK", 55: "BOOK", 221: "blog", 239: "blog", 242: "blog", 245: "blog", 322: "blog",
               520: "GitHub dataset"}


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if START.match(t)]
    assert len(starts) == 238, len(starts)
    papers = []
    skipped = []
    for s in starts:
        e = s
        while e < len(lines) and not START.match(lines[e]) and not lines[e].startswith("#"):
            e += 1
        while not lines[e - 1].strip():
            e -= 1
        text = " ".join(x.strip() for x in lines[s - 1:e])
        m = re.match(r"\d+\.\s+\*\*(.+?)\*\*\s*`([^`]*)`", text)
        assert m, s
        title, tag = m.group(1).strip(), m.group(2)
        if s in NOT_ENTRIES:
            skipped.append(s)
            continue
        assert tag != "BOOK", s
        assert "*" in text[m.end():], s  # an author line follows
        title = re.sub(r"\s+", " ", title).removesuffix(".").strip()
        papers.append(entry(lines, s, e, title))
    assert sorted(skipped) == sorted(NOT_ENTRIES), skipped
    assert len(papers) == 230, len(papers)
    write_truth(NAME, PART, papers,
                "every numbered '**Title.** `VENUE`' item with its author/link line is an entry except 2 books, 5"
                " blog posts (ChatGPT, Llama 3, Alpaca twice, Vicuna) and 1 GitHub dataset; title = the bold span"
                " joined across lines, its closing '.' dropped",
                "every item whose link is not a paper host (19) read by eye and decided; first and last item of"
                " each of the 30 sections, the two wrapped titles (780, 941), the split link lines (777-778,"
                " 782-783), the blank-line-separated Prompt chapter and a sample of 25 titles and ids checked"
                " against the file")


if __name__ == "__main__":
    main()
