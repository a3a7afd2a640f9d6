"""What a table's header names each column, in any wording and in several languages: the title
(``Title``, ``Paper Title``, ``标题``, ``Название``, ``Título``), the paper, a model's or method's name,
the venue, the year, the authors, the code, the paper's link and a summary.  The first column naming
each role takes it.  Pure.
"""

from __future__ import annotations

import re

_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (role, re.compile(p, re.IGNORECASE))
    for role, p in (
        ("title", (r"^paper\s+names?$|^names?\s+of\s+(?:the\s+)?(?:papers?|publications?|articles?)$|^(?:(?:paper|article|publication|manuscript|study|work|reading)s?\s+)?titles?(?:\s*(?:\(|/|&|and|\+)\s*[^|]{0,60})?$|^(?:标题|標題|论文(?:名称|标题|题目|名)?|文章(?:名称|标题|题目)|論文(?:名稱|標題|題目)|题目|題目)(?:\s*[(（][^()（）]{0,20}[)）])?$"
                  r"|^(?:название|заголовок|título|titulo|titel|titre|titolo|タイトル|論文(?:名|タイトル)?|제목|논문(?:\s*제목)?)$")),
        ("paper", (r"^(?:papers?|publications?|works?|articles?|readings?)(?:\s*[/&]\s*(?:source|links?|code))?$|^papers?\s+(?:(?:i|we)\s+(?:have\s+)?)?read$"
                  r"|^(?:reporting|original|source|main|describing|reference|primary|representative|key|selected|seminal|core|notable|typical|example|review|survey)\s+(?:papers?|publications?|articles?|works?)$"
                  r"|^(?:reported|proposed|introduced|described)\s+(?:by|in)$"
                  r"|^(?:статья|статьи|публикация|artículo|artigo|artikel|article|aufsatz|publicación|publicação)$")),
        ("name", (r"^(?:(?:model|method|dataset|benchmark)s?(?:\s*[/&]\s*(?:model|method|dataset|benchmark)s?)?\s+)?names?$"
                  r"|^(?:method|model|dataset|benchmark|system|approach)s?(?:\s*[/&]\s*(?:method|model|dataset|benchmark|system|approach)s?)?$|^[^|]{0,12}名称$|^名字$|^(?:代表)?(?:工作|方法|模型|算法)$")),
        ("reference", r"^(?:references?|citations?|bibliograph(?:y|ies)|参考文献|引用)$"),  # (an HTML table's Reference column: its title, see html_tables)
        ("venue", r"venue|conference|conf\.?$|journal|publish|publication|(?<!open )(?<!open-)source|会议|期刊|发表"),
        ("year", r"^(?:year|date|time|released?|年份|日期|时间)|^(?:год|дата|año|ano|jahr|année|anno|年|연도)$"),
        ("authors", r"author|作者|^(?:авторы?|autor(?:es|en)?|auteurs?|著者|저자)$"),
        ("code", r"code|github|\brepo(?:s|sitor(?:y|ies))?\b|implementation|代码"),
        ("link", r"link|pdf|url|arxiv|download|doi|^paper\s*(?:page|site)s?$|链接|ссылка|enlace|liga|リンク|링크"),
        ("summary", (r"summary|notes?$|tl;?dr|description|comment|remark|abstract|highlight|contribution|简介|备注|摘要|介绍"
                  r"|содержание|описание|аннотация|комментари|resumen|resumo|zusammenfassung|résumé|要約|概要|요약")),
    )
)


def column_roles(cols: list[str]) -> dict[str, int]:
    """Role -> column index, the first column naming each role."""
    roles: dict[str, int] = {}
    for n, name in enumerate(cols):
        name = name.strip().rstrip(".:：").rstrip()  # ("Title.", "Paper:": the header's stop is no part of its name)
        for role, pattern in _ROLES:
            if pattern.search(name) and role not in roles:
                roles[role] = n
                break
    return roles


#: A Name column that names datasets or benchmarks (``Dataset``, ``Benchmark``, ``数据集``): its rows are no papers
#: unless they link one.
_DATASETS = re.compile(r"dataset|benchmark|数据集", re.IGNORECASE)


def names_datasets(column: str) -> bool:
    """Whether a column's header names datasets or benchmarks."""
    return _DATASETS.search(column) is not None
