"""Wild58 truth for OpenDocCN/ibooker-db-zh docs/db-intn/db-intn_19.md at c0e897a (2024-07-08): "附录 A. 参考文献",
the bibliography of a machine-assisted Chinese translation of the book *Database Internals* (databases /
distributed systems).  Most titles are translated into Chinese, some are left in English.

Shape: 445 lines, one heading (1) and 222 references, one a line, separated by blank lines (3-445).  Three
list styles follow one another: ``1.  [KEY] ...`` ordered items (3-65), one bare ``[BJØRLING17] ...`` line (67),
then ``    +   [KEY] ...`` items (69-445).  A reference is ``[KEY] Authors. Year. “Title。” *Venue* ...``; the
punctuation changes along the file: ``2012\\.`` (escaped period) or ``2015 年。``, curly “...” or straight
"..." quotes (69-91), and the closing period inside the quotes is a Chinese 。 or an English ``.`` (or absent,
61, 121).  Venues are in ``*...*`` or 《...》; links are ``[*url*](url)``.

Special cases:
- Books have no quoted title, only an italic or 《》 one (7, 53, 55, 57, 77, 81, 127, 141, 159, 165, 249, 263,
  265, 361, 389, 399, 401, 411, 413, 439: 20 books): not entries.
- Blog posts, marked ``(博客)`` / ``（博客）`` / ``(blog)`` after the blog name (5, 35, 111, 125, 137, 139, 177, 201,
  243, 257, 259, 293, 321, 371, 379, 395, 415): not entries.
- Web pages and vendor documents with a quoted title but no research venue: 65 (Redis Labs white paper), 99
  (LWN article), 149 (martinfowler.com article), 227 (Intel technology brief), 255 (Jepsen web page), 345
  (Norvig essay), 377 (web page), 385 (web page): not entries.  Technical reports, theses, lecture notes and
  the handbook chapter 325 are kept.
- 105 and 107 are the same Cormode & Muthukrishnan paper (with and without a URL): two entries.
- 233: the title opens with “ and closes with a straight ``"`` after ``Algorithm. ``.
- 341: single quotes inside the title (``The Past Participle of ‘Overflow:’ ‘Overflowed’ or ‘Overflown.’``),
  kept as written, final period inside the single quote kept.
- DOIs come from doi.org / dx.doi.org links; arXiv ids from arxiv.org links (75, 187 cs/0701166, 221, 223, 251,
  261, 381).  The links are written ``[*https://doi.org/...*](https://doi.org/...)``: the helper took the DOI
  from the italic link text with its closing ``*``, so the script strips a trailing ``*`` from each DOI by hand.

Decisions: entry = a reference with a quoted title that is a research work (journal, conference, workshop,
preprint, technical report, thesis, lecture notes, handbook chapter): 177 entries, one line each.  Title = the
text between the first pair of double quotes, as written (Chinese translation or English), without the final
。 or ``.`` (and spaces) before the closing quote.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "OpenDocCN__ibooker-db-zh__docs__db-intn__db-intn_19@c0e897a.md"
PART = "wild58_development"

REF = re.compile(r"^(?:1\.\s+|\s+\+\s+)?\[[A-Za-z0-9ØÇ]+\]")
QUOTED = re.compile(r"[“\"](?P<title>.+?)[”\"]")
BLOG = re.compile(r"[(（](?:博客|blog)[)）]")
WEB = {65, 99, 149, 227, 255, 345, 377, 385}  # web pages / vendor documents, checked by eye


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    refs = books = blogs = 0
    for n, ln in enumerate(lines, 1):
        if not REF.match(ln):
            continue
        refs += 1
        q = QUOTED.search(ln)
        if not q:
            books += 1
            continue
        if BLOG.search(ln):
            blogs += 1
            continue
        if n in WEB:
            continue
        title = q.group("title").rstrip().rstrip("。.").rstrip()
        p = entry(lines, n, n, title)
        if p["doi"]:
            # links are written [*https://doi.org/...*](...): the helper keeps the closing italic asterisk
            p["doi"] = p["doi"].rstrip("*")
        papers.append(p)
    by = {p["line"]: p for p in papers}
    assert (refs, books, blogs) == (222, 20, 17), (refs, books, blogs)
    assert len(papers) == 177, len(papers)
    assert by[3]["title"] == "现代分布式数据库系统设计中的一致性权衡：CAP 只是故事的一部分", by[3]
    assert by[3]["doi"] == "10.1109/mc.2012.33", by[3]
    assert by[341]["doi"] == "10.2307/453244", by[341]
    assert all(not (p["doi"] or "").endswith("*") for p in papers)
    assert by[49]["title"] == "Cache-Oblivious B-Trees", by[49]
    assert by[61]["title"] == "虚拟同步复制模型的历史", by[61]
    assert by[67]["title"] == "LightNVM: Linux 开放通道 SSD 子系统", by[67]
    assert by[69]["title"] == "哈希编码中的时空权衡，允许错误", by[69]
    assert by[75]["arxiv"] == "1807.04938", by[75]
    assert by[233]["title"] == "2Q: A Low Overhead High Performance Buffer Management Replacement Algorithm", by[233]
    assert by[341]["title"] == "The Past Participle of ‘Overflow:’ ‘Overflowed’ or ‘Overflown.’", by[341]
    assert by[445]["title"] == "轻松理解的快速 Paxos：理论与实现", by[445]
    assert 105 in by and 107 in by
    assert not {5, 7, 35, 65, 99, 249, 255, 345, 415} & set(by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each of the 222 one-line references ('1.  [KEY]', bare '[KEY]' or '    +   [KEY]') whose title"
        " is in double quotes and that is a research work is one entry: 177 entries.  Not entries: 20 books"
        " (no quoted title, italic or 《》 title), 17 blog posts (marked (博客)/(blog)) and 8 web pages or vendor"
        " documents (65, 99, 149, 227, 255, 345, 377, 385).  Title = the text in the first pair of double quotes"
        " (curly or straight), as written in Chinese or English, without the final 。 or '.'.",
        checked="Read every reference line; checked the book / blog / web classification line by line, compared"
        " the -v titles with the quoted text (quote variants at 69-91 and 233, the single quotes at 341, the"
        " bare-key line 67, the duplicate Cormode paper 105/107), and spot-checked DOIs (trailing '*' from the italic link text stripped by hand) and arXiv ids.",
    )


if __name__ == "__main__":
    main()
