"""Article prices by date: the price an invoice line gets when the request gives none.

An article may carry dated prices (ArticlePrice, from a master-data change with a valid-from date). The price of a
supply is the one valid on the supply date, so a price change never rewrites what was supplied before it; without
a dated price the register's `Article.unit_price` applies, and without that the request must give the price.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Session, col, select

from core.registers.models import Article, ArticlePrice


def price_on(session: Session, article: Article | None, day: dt.date | None) -> Decimal | None:
    """The article's price valid on `day` (the supply date): the latest ArticlePrice from on or before it, else
    the register's Article.unit_price (None: the price must come with the request)."""
    if article is None:
        return None
    if day is not None and article.id is not None:
        row = session.exec(select(ArticlePrice).where(ArticlePrice.article_id == article.id,
                                                      ArticlePrice.valid_from <= day)
                           .order_by(col(ArticlePrice.valid_from).desc())).first()
        if row is not None:
            return row.unit_price
    return article.unit_price


def prices_of(session: Session, article_id: int) -> list[ArticlePrice]:
    return list(session.exec(select(ArticlePrice).where(ArticlePrice.article_id == article_id)
                             .order_by(col(ArticlePrice.valid_from))))
