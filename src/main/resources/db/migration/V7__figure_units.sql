-- The latency percentile a figure names, as 99.9 for "p99.9 under 250 µs"; empty for
-- figures that name none. Every other part of a figure is still read from its text.
alter table scale_metric add column percentile numeric(7, 4);
