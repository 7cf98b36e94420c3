"""WTForms for the pages (Flask-WTF: every form carries a CSRF token)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, DecimalField, PasswordField, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Email, Length, Optional, ValidationError

from web import countries


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=64)])
    password = PasswordField(_l("Password"), validators=[DataRequired()])


class SettingsForm(FlaskForm):
    language = SelectField(_l("Language"), choices=[("", _l("From the browser")), ("sv", "Svenska"),
                                                    ("fi", "Suomi"), ("en", "English")])
    full_name = StringField(_l("Name"), validators=[Optional(), Length(max=100)])
    new_password = PasswordField(_l("New password"), validators=[Optional(), Length(min=8)])


class CustomerForm(FlaskForm):
    agency = SelectField(_l("Agency"), coerce=int)
    agency_number = StringField(_l("Agency's customer number"), validators=[Optional(), Length(max=32)])
    kind = SelectField(_l("Kind"), choices=[("company", _l("Company")), ("public", _l("Public body")),
                                            ("private", _l("Private person"))])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    country = SelectField(_l("Country"), choices=[("SE", "SE"), ("FI", "FI")])  # every country: web.countries
    org_no = StringField(_l("Organisation / personal identity number"), validators=[Optional(), Length(max=20)])
    vat_no = StringField(_l("VAT number"), validators=[Optional(), Length(max=20)])

    def validate_org_no(self, field: StringField) -> None:
        """The register checks Swedish and Finnish numbers; a foreign customer is identified by its VAT number."""
        if field.data and self.country.data not in ("SE", "FI"):
            raise ValidationError(_l("An organisation number is kept for Swedish and Finnish customers only; give "
                                     "a foreign customer's VAT number instead."))

    def validate_vat_no(self, field: StringField) -> None:
        """In the EU, a VAT number issued by the customer's country with valid check digits (python-stdnum): place
        of supply and reverse charge depend on it (ML 5 kap., 2006/112/EG art. 44 and 196)."""
        problem = countries.eu_vat_problem(self.country.data or "", field.data or "") if field.data else None
        if problem == "prefix":
            raise ValidationError(_l("A VAT number of this country starts with its country code (e.g. DE for "
                                     "Germany, EL for Greece)."))
        if problem == "check":
            raise ValidationError(_l("This is not a valid VAT number of this country: check the digits."))
    street = StringField(_l("Street"), validators=[Optional(), Length(max=200)])
    postal_code = StringField(_l("Postal code"), validators=[Optional(), Length(max=20)])
    city = StringField(_l("City"), validators=[Optional(), Length(max=100)])
    email = StringField(_l("E-mail"), validators=[Optional(), Email(check_deliverability=False)])
    peppol_id = StringField(_l("E-invoice address (Peppol ID)"), validators=[Optional(), Length(max=60)])
    language = SelectField(_l("Language"), choices=[("sv", "Svenska"), ("fi", "Suomi"), ("en", "English")])
    no_reminders = BooleanField(_l("No reminders"))
    no_interest = BooleanField(_l("No interest"))


class ArticleForm(FlaskForm):
    agency = SelectField(_l("Agency"), coerce=int)
    code = StringField(_l("Code"), validators=[DataRequired(), Length(max=32)])
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    unit = StringField(_l("Unit"), validators=[DataRequired(), Length(max=16)], default="st")
    unit_price = DecimalField(_l("Unit price (excl. VAT)"), places=None, validators=[Optional()])
    vat_rate = DecimalField(_l("VAT rate %"), places=None, validators=[DataRequired()])
    vat_code = SelectField(_l("VAT code"), choices=[("", _l("From the rate")), ("standard", _l("Standard rate")),
                                                    ("reduced", _l("Reduced rate")),
                                                    ("culture", _l("Culture (reduced rate)")),
                                                    ("exempt", _l("Exempt from VAT")),
                                                    ("outside", _l("Outside the scope of VAT")),
                                                    ("reverse_charge", _l("Reverse charge"))])
    supply_kind = SelectField(_l("Goods or service"), choices=[("", _l("Not registered")), ("service", _l("Service")),
                                                              ("goods", _l("Goods"))])
    revenue_account = StringField(_l("Revenue account"), validators=[Optional(), Length(max=16)])


class UserForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=64)])
    role = SelectField(_l("Role"), choices=[("clerk", _l("Clerk")), ("agency_user", _l("Agency user")),
                                            ("admin", _l("Administrator"))])
    agencies = SelectMultipleField(_l("Agencies"), coerce=int)
    password = PasswordField(_l("Password"), validators=[Optional(), Length(min=8)])
    active = BooleanField(_l("Active"), default=True)


class TokenForm(FlaskForm):
    agency = SelectField(_l("Agency"), coerce=int)
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=100)])


class AgencyForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    payment_terms_days = StringField(_l("Payment terms (days)"), validators=[DataRequired()])
    auto_issue = BooleanField(_l("Issue automatically"))
    interest_enabled = BooleanField(_l("Charge late-payment interest"))
    intake_address = StringField(_l("Intake address"), validators=[Optional()])
    allowed_senders = StringField(_l("Allowed senders (comma separated)"), validators=[Optional()])
