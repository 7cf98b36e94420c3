"""The twenty-fifth held-out set's registry ("a fifth ordinary month, from agencies not heard from before"): eight
agencies (a Swedish migration office's interpreting unit, a Finnish hospital district's laundry, a Swedish region's
dental care, a Finnish city's harbour, a Swedish university's conference unit, a Finnish state forest company's
hunting and fishing permits, a Finland-Swedish school and an English-writing EU project office), a shared register
of customers of mixed kinds (companies, public bodies, associations, private persons, one name registered in both
countries) and articles priced per hour, per kg, per season, per person and a few without a price."""
