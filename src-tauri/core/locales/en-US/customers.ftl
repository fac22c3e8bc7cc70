## The Customers page and the customer form.

customers-title = Customers
customers-add = Add customer
customers-search = Search by company name, domain or Microsoft ID
customers-empty = No customers yet. Add the first one with “Add customer”.
customers-no-match = No customers match “{ $search }”.
customers-count = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
customers-col-company = Company name
customers-col-domain = Primary domain
customers-col-microsoft-id = Microsoft ID
customers-col-relationship = Relationship
customers-col-tags = Tags
customers-unknown-id = Not known yet
customers-edit-row = Edit { $company }

customer-add-title = Add customer
customer-edit-title = Edit customer
customer-domain-hint = The customer's *.onmicrosoft.com domain or a custom domain, such as contoso.cz.
customer-microsoft-id-hint = The customer's tenant ID, if known. It is filled in when the customer accepts.
customer-tags-hint = Separate tags with commas.
customer-added = { $company } was added.
customer-updated = { $company } was saved.

## Partner Center's customer list (Customers.csv) and its import.

csv-col-microsoft-id = Microsoft ID
csv-col-company = Company name
csv-col-domain = Primary domain name
csv-col-relationship = Relationship
csv-col-tags = Tags
import-summary = { $added } added, { $updated } updated, { $matched } invitations accepted, { $rejected } rows rejected
