"""The platform floor: database, settings, migrations, audit trail, run claims, number series, bulk SQL,
correspondence (stored messages, outgoing notices, reply tokens) and users. Knows no business capability."""
