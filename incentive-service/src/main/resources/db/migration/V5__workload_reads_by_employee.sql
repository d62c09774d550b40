-- An employee's workload reads all their assignment ratings at once (service/workload/EmployeeWorkloads):
-- the primary key starts with the account, so the employee needs an index of their own.
create index assignment_rating_employee on assignment_rating (employee_id);
