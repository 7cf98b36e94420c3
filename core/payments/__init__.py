"""Payments: incoming money placed on invoices.

* matching rules (pure, integer cents): `reference_keys` (reference keys, typos), `facts` (what a payment says,
  what the rules decide), `book` (the open items they read), `matching` (the rules themselves);
* loading the book: `book_loader` (the SQL side of `book`);
* use cases: `importing` (a bank file), `registration` (a payment by hand), `placing` (a decision or a clerk's
  action on a stored payment), `questions` (asking the agency about what no rule places), `listing` (JSON views);
* `allocation` (the vouchers money produces) and `import_writes` (the same, set-based for a bank file).
"""
