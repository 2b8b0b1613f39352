-- Seed: KubeCon + CloudNativeCon North America 2019, from Corey Gale's follow-up deck
-- ("KubeCon 2019 Follow-up"): the conference, the companies and projects the deck names,
-- the talks in deck order, one Markdown note per talk with notes, and every figure the deck quotes.
-- Portable SQL: runs unchanged on H2 and PostgreSQL. Ids come from identity columns;
-- foreign keys are resolved by slug.
-- Applied migrations are never edited: correct or extend this data in a new migration.

-- Conference

insert into conference (slug, name, edition, city, starts_on, ends_on, time_zone, website_url, description)
values ('kubecon-cloudnativecon-na-2019', 'KubeCon + CloudNativeCon North America 2019', 'North America 2019',
        'San Diego, California', date '2019-11-18', date '2019-11-21', 'America/Los_Angeles',
        'https://events19.linuxfoundation.org/events/kubecon-cloudnativecon-north-america-2019/',
        'KubeCon 2019 follow-up by Corey Gale. My Raw Notes: kept in a Google Doc, with notes for every talk I attended and slide decks linked when provided.');

-- Companies

insert into company (slug, name, website_url) values ('arm', 'Arm', 'https://www.arm.com/');
insert into company (slug, name, website_url) values ('slack', 'Slack', 'https://slack.com/');
insert into company (slug, name, website_url) values ('jd-com', 'JD.com', 'https://www.jd.com/');
insert into company (slug, name, website_url) values ('tinder', 'Tinder', 'https://tinder.com/');
insert into company (slug, name, website_url) values ('lyft', 'Lyft', 'https://www.lyft.com/');
insert into company (slug, name, website_url) values ('splunk', 'Splunk', 'https://www.splunk.com/');
insert into company (slug, name, website_url) values ('snap-inc', 'Snap Inc.', 'https://www.snap.com/');
insert into company (slug, name, website_url) values ('airbnb', 'Airbnb', 'https://www.airbnb.com/');
insert into company (slug, name, website_url) values ('alibaba', 'Alibaba', 'https://www.alibabagroup.com/');
insert into company (slug, name, website_url) values ('weaveworks', 'Weaveworks', 'https://www.weave.works/');
insert into company (slug, name, website_url) values ('intuit', 'Intuit', 'https://www.intuit.com/');
insert into company (slug, name, website_url) values ('palo-alto-networks', 'Palo Alto Networks', 'https://www.paloaltonetworks.com/');
insert into company (slug, name, website_url) values ('aws', 'Amazon Web Services', 'https://aws.amazon.com/');
insert into company (slug, name, website_url) values ('microsoft', 'Microsoft', 'https://www.microsoft.com/');
insert into company (slug, name, website_url) values ('ibm', 'IBM', 'https://www.ibm.com/');
insert into company (slug, name, website_url) values ('reddit', 'Reddit', 'https://www.reddit.com/');
insert into company (slug, name, website_url) values ('linux-foundation', 'The Linux Foundation', 'https://www.linuxfoundation.org/');
insert into company (slug, name, website_url) values ('cncf', 'Cloud Native Computing Foundation', 'https://www.cncf.io/');

-- Projects; maturity is the CNCF level as of November 2019 (null: not a CNCF project then)

insert into project (slug, name, maturity, description, website_url)
values ('kubernetes', 'Kubernetes', 'graduated', 'Container orchestration: deploys, scales and manages containerized applications.', 'https://kubernetes.io/');
insert into project (slug, name, maturity, description, website_url)
values ('vitess', 'Vitess', 'graduated', 'Database clustering system for horizontal scaling of MySQL.', 'https://vitess.io/');
insert into project (slug, name, maturity, description, website_url)
values ('linkerd', 'Linkerd', 'incubating', 'Lightweight service mesh for Kubernetes.', 'https://linkerd.io/');
insert into project (slug, name, maturity, description, website_url)
values ('helm', 'Helm', 'incubating', 'Package manager for Kubernetes, installing applications as charts.', 'https://helm.sh/');
insert into project (slug, name, maturity, description, website_url)
values ('jaeger', 'Jaeger', 'graduated', 'Distributed tracing system.', 'https://www.jaegertracing.io/');
insert into project (slug, name, maturity, description, website_url)
values ('open-policy-agent', 'Open Policy Agent', 'incubating', 'General-purpose policy engine with the declarative Rego language.', 'https://www.openpolicyagent.org/');
insert into project (slug, name, maturity, description, website_url)
values ('etcd', 'etcd', 'incubating', 'Distributed, reliable key-value store; the data store behind Kubernetes.', 'https://etcd.io/');
insert into project (slug, name, maturity, description, website_url)
values ('nats', 'NATS', 'incubating', 'Cloud-native messaging system.', 'https://nats.io/');
insert into project (slug, name, maturity, description, website_url)
values ('cortex', 'Cortex', 'sandbox', 'Horizontally scalable, multi-tenant long-term storage for Prometheus.', 'https://cortexmetrics.io/');
insert into project (slug, name, maturity, description, website_url)
values ('prometheus', 'Prometheus', 'graduated', 'Monitoring system and time series database.', 'https://prometheus.io/');
insert into project (slug, name, maturity, description, website_url)
values ('thanos', 'Thanos', 'sandbox', 'Highly available Prometheus setup with long-term storage.', 'https://thanos.io/');
insert into project (slug, name, maturity, description, website_url)
values ('envoy', 'Envoy', 'graduated', 'Edge and service proxy for cloud-native applications.', 'https://www.envoyproxy.io/');
insert into project (slug, name, maturity, description, website_url)
values ('fluentd', 'Fluentd', 'graduated', 'Unified logging layer for collecting and routing logs.', 'https://www.fluentd.org/');
insert into project (slug, name, maturity, description, website_url)
values ('kubeflow', 'Kubeflow', null, 'Machine learning toolkit for Kubernetes.', 'https://www.kubeflow.org/');
insert into project (slug, name, maturity, description, website_url)
values ('argo', 'Argo', null, 'Kubernetes-native workflows, continuous delivery and GitOps.', 'https://argoproj.github.io/');
insert into project (slug, name, maturity, description, website_url)
values ('flux', 'Flux', 'sandbox', 'GitOps operator that keeps Kubernetes clusters in sync with Git.', 'https://fluxcd.io/');
insert into project (slug, name, maturity, description, website_url)
values ('telepresence', 'Telepresence', 'sandbox', 'Local development against a remote Kubernetes cluster.', 'https://www.telepresence.io/');
insert into project (slug, name, maturity, description, website_url)
values ('volcano', 'Volcano', null, 'Batch scheduling system on Kubernetes for high-performance and machine learning workloads.', 'https://volcano.sh/');
insert into project (slug, name, maturity, description, website_url)
values ('submariner', 'Submariner', null, 'Direct networking between pods and services in different Kubernetes clusters.', 'https://submariner.io/');
insert into project (slug, name, maturity, description, website_url)
values ('ebpf', 'eBPF', null, 'Sandboxed programs run in the Linux kernel.', 'https://ebpf.io/');
insert into project (slug, name, maturity, description, website_url)
values ('kafka', 'Kafka', null, 'Apache Kafka, a distributed event streaming platform.', 'https://kafka.apache.org/');
insert into project (slug, name, maturity, description, website_url)
values ('grafana', 'Grafana', null, 'Dashboards and visualization for metrics, logs and traces.', 'https://grafana.com/');
insert into project (slug, name, maturity, description, website_url)
values ('consul', 'Consul', null, 'HashiCorp Consul, service discovery, configuration and service mesh.', 'https://www.consul.io/');

-- Talks, in deck order

insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('keynotes', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Keynotes', 'KEYNOTE', true, 1);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('cncf-project-updates', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'CNCF Project Updates', 'PROJECT_UPDATE', true, 2);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('low-latency-multi-cluster-networking-with-kubernetes', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Low Latency Multi-cluster Networking with Kubernetes', 'TALK', true, 3);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('cortex-101-horizontally-scalable-long-term-storage-for-prometheus', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Cortex 101: Horizontally Scalable Long Term Storage for Prometheus', 'TALK', true, 4);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('towards-continuous-computer-vision-model-improvement-with-kubeflow', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Towards Continuous Computer Vision Model Improvement with Kubeflow', 'TALK', true, 5);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly', 'TALK', true, 6);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('gitops-user-stories', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'GitOps User Stories', 'PANEL', true, 7);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('helm-3-deep-dive', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Helm 3 Deep Dive', 'TALK', true, 8);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('kubernetes-at-reddit-tales-from-production', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Kubernetes at Reddit: Tales from Production', 'TALK', true, 9);
-- "Other Talks I Attended": listed in the deck without notes
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('use-your-favorite-developer-tools-in-kubernetes-with-telepresence', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Use Your Favorite Developer Tools in Kubernetes With Telepresence', 'TALK', true, 10);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('improving-performance-of-deep-learning-workloads-with-volcano', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Improving Performance of Deep Learning Workloads With Volcano', 'TALK', true, 11);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('how-kubernetes-components-communicate-securely-in-your-cluster', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'How Kubernetes Components Communicate Securely in Your Cluster', 'TALK', true, 12);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('the-gotchas-of-zero-downtime-traffic-with-kubernetes', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'The Gotchas of Zero-Downtime Traffic w/Kubernetes', 'TALK', true, 13);
insert into talk (slug, conference_id, title, kind, attended, sort_order)
values ('solving-multi-cluster-network-connectivity-with-submariner', (select id from conference where slug = 'kubecon-cloudnativecon-na-2019'),
        'Solving Multi-Cluster Network Connectivity With Submariner', 'TALK', true, 14);

-- Talk companies

insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'keynotes'), (select id from company where slug = 'arm'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'keynotes'), (select id from company where slug = 'linux-foundation'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'keynotes'), (select id from company where slug = 'cncf'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'cncf'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from company where slug = 'splunk'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'), (select id from company where slug = 'snap-inc'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from company where slug = 'airbnb'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'gitops-user-stories'), (select id from company where slug = 'weaveworks'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'gitops-user-stories'), (select id from company where slug = 'intuit'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'gitops-user-stories'), (select id from company where slug = 'palo-alto-networks'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'helm-3-deep-dive'), (select id from company where slug = 'microsoft'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'helm-3-deep-dive'), (select id from company where slug = 'ibm'));
insert into talk_company (talk_id, company_id) values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from company where slug = 'reddit'));

-- Talk projects

insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'keynotes'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'keynotes'), (select id from project where slug = 'ebpf'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'vitess'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'linkerd'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'helm'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'jaeger'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'open-policy-agent'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'etcd'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cncf-project-updates'), (select id from project where slug = 'nats'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from project where slug = 'envoy'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from project where slug = 'cortex'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from project where slug = 'prometheus'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from project where slug = 'thanos'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from project where slug = 'etcd'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'), (select id from project where slug = 'consul'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'), (select id from project where slug = 'kubeflow'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from project where slug = 'etcd'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'gitops-user-stories'), (select id from project where slug = 'argo'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'gitops-user-stories'), (select id from project where slug = 'flux'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'helm-3-deep-dive'), (select id from project where slug = 'helm'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'use-your-favorite-developer-tools-in-kubernetes-with-telepresence'), (select id from project where slug = 'telepresence'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'improving-performance-of-deep-learning-workloads-with-volcano'), (select id from project where slug = 'volcano'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'how-kubernetes-components-communicate-securely-in-your-cluster'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'the-gotchas-of-zero-downtime-traffic-with-kubernetes'), (select id from project where slug = 'kubernetes'));
insert into talk_project (talk_id, project_id) values ((select id from talk where slug = 'solving-multi-cluster-network-connectivity-with-submariner'), (select id from project where slug = 'submariner'));

-- Figures quoted in the deck, in deck order within each talk.
-- metric_value for "5 9s" is the availability in percent.

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'keynotes'), null, (select id from project where slug = 'kubernetes'),
        'Kubernetes age', '5 years', 5, 'years', 'EXACTLY', null, 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'keynotes'), (select id from company where slug = 'arm'), null,
        'Arm-based chips shipped', '150B+ Arm-based chips shipped', 150000000000, 'chips', 'AT_LEAST', null, 2);

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'vitess'),
        'Vitess reliability', '5 9s', 99.999, 'availability', 'EXACTLY', null, 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'slack'), (select id from project where slug = 'vitess'),
        'Share of Slack on Vitess', '35%', 35, 'percent', 'EXACTLY', null, 2);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'slack'), (select id from project where slug = 'vitess'),
        'Share of Slack on Vitess by end of 2020', '100%', 100, 'percent', 'EXACTLY', null, 3);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'jd-com'), (select id from project where slug = 'vitess'),
        'Vitess at JD.com', '35M QPS', 35000000, 'queries per second', 'EXACTLY', null, 4);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'jd-com'), (select id from project where slug = 'vitess'),
        'Vitess at JD.com', '30k pods', 30000, 'pods', 'EXACTLY', null, 5);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), (select id from company where slug = 'jd-com'), (select id from project where slug = 'vitess'),
        'Vitess at JD.com', '4k keyspaces', 4000, 'keyspaces', 'EXACTLY', null, 6);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'helm'),
        'Helm community', '1M downloads/month', 1000000, 'downloads', 'EXACTLY', 'PER_MONTH', 7);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'helm'),
        'Helm community', '600 contributors', 600, 'contributors', 'EXACTLY', null, 8);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'helm'),
        'Helm community', '29 maintainers', 29, 'maintainers', 'EXACTLY', null, 9);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'helm'),
        'Helm community', '15 companies', 15, 'companies', 'EXACTLY', null, 10);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'cncf-project-updates'), null, (select id from project where slug = 'etcd'),
        'Kubernetes cluster size etcd supports', 'up to 5000 node k8s clusters', 5000, 'nodes', 'UP_TO', 'PER_CLUSTER', 11);

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'Lyft microservices', '100+ stateless microservices', 100, 'services', 'AT_LEAST', null, 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'Lyft pods', '10K+ pods', 10000, 'pods', 'AT_LEAST', null, 2);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'ML workloads', '5k+ pods', 5000, 'pods', 'AT_LEAST', null, 3);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'ML workloads', '10k+ cores', 10000, 'cores', 'AT_LEAST', null, 4);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'Ridesharing', '100k+ containers', 100000, 'containers', 'AT_LEAST', null, 5);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'), (select id from company where slug = 'lyft'), null,
        'Ridesharing', '50k+ cores', 50000, 'cores', 'AT_LEAST', null, 6);

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'), (select id from company where slug = 'snap-inc'), null,
        'Snaps per day', '3.5 billions snaps/day', 3500000000, 'snaps', 'EXACTLY', 'PER_DAY', 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'), (select id from company where slug = 'snap-inc'), null,
        'Snapchat daily users', '210 million daily active users', 210000000, 'daily active users', 'EXACTLY', null, 2);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'), (select id from company where slug = 'snap-inc'), null,
        'Lenses created', '600k lenses created', 600000, 'lenses', 'EXACTLY', null, 3);

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), null, (select id from project where slug = 'kubernetes'),
        'Kubernetes cluster size hard limit', 'up to 5000 nodes/cluster', 5000, 'nodes', 'UP_TO', 'PER_CLUSTER', 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from company where slug = 'airbnb'), (select id from project where slug = 'kubernetes'),
        'Practical Kubernetes cluster size', '~2500 nodes/cluster', 2500, 'nodes', 'ABOUT', 'PER_CLUSTER', 2);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from company where slug = 'alibaba'), (select id from project where slug = 'kubernetes'),
        'Alibaba Kubernetes cluster', '10000 node cluster', 10000, 'nodes', 'EXACTLY', 'PER_CLUSTER', 3);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'), (select id from company where slug = 'airbnb'), (select id from project where slug = 'kubernetes'),
        'Airbnb''s largest cluster', '~2300 nodes/cluster', 2300, 'nodes', 'ABOUT', 'PER_CLUSTER', 4);

insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from company where slug = 'reddit'), null,
        'Reddit scale', '500M+ monthly active users', 500000000, 'monthly active users', 'AT_LEAST', null, 1);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from company where slug = 'reddit'), null,
        'Reddit scale', '16M+ posts per month', 16000000, 'posts', 'AT_LEAST', 'PER_MONTH', 2);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from company where slug = 'reddit'), null,
        'Reddit scale', '2.8B+ votes per month', 2800000000, 'votes', 'AT_LEAST', 'PER_MONTH', 3);
insert into scale_metric (talk_id, company_id, project_id, subject, text_as_written, metric_value, unit, qualifier, metric_period, sort_order)
values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'), (select id from company where slug = 'reddit'), null,
        'Reddit clusters after one cluster per AZ', '3 clusters in each region', 3, 'clusters', 'EXACTLY', null, 4);

-- Notes: one per talk with notes, written the day after the conference, in deck order

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'keynotes'),
'- According to the Linux foundation, eBPF will be replacing iptables in Linux
- K8s is young (5 years public usage)
- Arm sponsoring CNCF
    - 150B+ Arm-based chips shipped
    - “Cloud Native on Arm”
    - Edge-to-cloud
- New jobs board: jobs.cncf.io
- KubernetesCommunityDays.org
- K8s v1.16
    - CRDs reach GA
    - Metrics overhaul
    - CSI enhancements
        - Resizing
        - Clone volumes
        - Inline volume support in beta (good for ephemeral attachments)
- Ephemeral containers (alpha feature)
    - Can attach to a running pod
    - Example: tcpdump, filesystem inspection
    - Needs to be turned on',
        'Corey Gale', timestamp with time zone '2019-11-22 09:00:00+00:00', timestamp with time zone '2019-11-22 09:00:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'cncf-project-updates'),
'- Requirements for graduation: adoption, maintainer diversity, project health
- Vitess (graduated)
    - Cloud native DB, super scalable, reliable (5 9s)
    - 35% of Slack is on Vitess, 100% by end of 2020
    - JD.com uses Vitness @ 35M QPS (30k pods, 4k keyspaces)
- LinkerD (incubating)
    - Canary rollout feature
    - Request tracing
- Helm (incubating)
    - Critical mass: 1M downloads/month, 600 contributors, 29 maintainers, 15 companies
- Jaeger (graduated)
- Open Policy Agent (OPA) (incubating)
    - Decouples policy definitions and environment/enforcement
    - Flexible, fine-grained control across the stack
    - Side-car or host-level daemon
    - Declarative policy language: Rego
- Etcd (incubating)
    - Can now scale up to 5000 node k8s clusters
- NATS
    - Cloud-native messaging service
    - Scalable services and streams
    - Tinder used NATS to migrate poll workloads to push
    - Added Prometheus exporters & Grafana dashboards
    - FluentD, Kafka integrations
    - Goal: connect everything',
        'Corey Gale', timestamp with time zone '2019-11-22 09:01:00+00:00', timestamp with time zone '2019-11-22 09:01:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'low-latency-multi-cluster-networking-with-kubernetes'),
'- Lyft
- Scale: 100+ stateless microservices, 10K+ pods
    - ML: 5k+ pods, 10k+ cores
    - Ridesharing: 100k+ containers (sidecars), 50k+ cores
- Lyft CNI stack requirements: VPC native, low latency, high throughput
    - No overlay network, very low IPvlan overhead
- Envoy Manager (EM): side-cars connect to EM
- Not looking to add significant features',
        'Corey Gale', timestamp with time zone '2019-11-22 09:02:00+00:00', timestamp with time zone '2019-11-22 09:02:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'cortex-101-horizontally-scalable-long-term-storage-for-prometheus'),
'- Splunk
- System: Prometheus > distributor > ingestor (talks to etcd/Consul) > store
- Long term storage options: DynamoDB, Google Big Table, S3, Google Cloud Storage, Cassandra
- Includes tools for auto-scaling LTS
- What’s new?
    - Ingestors can ship blocks instead of chunks
    - Write-ahead logging for ingestors
- Mentioned Thanos',
        'Corey Gale', timestamp with time zone '2019-11-22 09:03:00+00:00', timestamp with time zone '2019-11-22 09:03:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'towards-continuous-computer-vision-model-improvement-with-kubeflow'),
'- Snap Inc.
- Scale: 3.5 billions snaps/day, 210 million daily active users, 600k lenses created
- Your model is only as good as your training data
- Problem: we need more labeled data, but what kind of data exactly?
- Solution: The Loop workflow (see slide shot)
    - Uses Sage Maker ground truths
- Case study: pipeline orchestrator comparisons',
        'Corey Gale', timestamp with time zone '2019-11-22 09:04:00+00:00', timestamp with time zone '2019-11-22 09:04:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'scaling-kubernetes-to-thousands-of-nodes-across-multiple-clusters-calmly'),
'- AirBnB
- Re: cluster size: hard limit of 5000 nodes
    - You can definitely probably do 2500
    - “Yeah, things get a lot more difficult after 2500” - various conversations
    - Alibaba recently got a 10000 node cluster working with a lot of extra work
    - Limit: etcd OOM’ing, fixed in etdc v3
    - ~2300 nodes/cluster AirBnB’s max
- Approach: workloads can be scheduled on any cluster',
        'Corey Gale', timestamp with time zone '2019-11-22 09:05:00+00:00', timestamp with time zone '2019-11-22 09:05:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'gitops-user-stories'),
'- Weaveworks, Intuit, Palo Alto Networks
- Argo Flux
    - Weaveworks-Intuit-AWS collaboration',
        'Corey Gale', timestamp with time zone '2019-11-22 09:06:00+00:00', timestamp with time zone '2019-11-22 09:06:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'helm-3-deep-dive'),
'- Microsoft & IBM
- Helm 3 announced. Major changes:
    - No more Tiller
    - Chart repository: Helm Hub
    - Release "upgrade" strategy
    - Testing framework
    - Dependencies moved into manifest
    - Chart value validation
    - “3-way merge”
        - Considers old manifest, new manifest and current values (addresses manually updated values)
    - Releases stored as secrets in the same namespace as the release',
        'Corey Gale', timestamp with time zone '2019-11-22 09:07:00+00:00', timestamp with time zone '2019-11-22 09:07:00+00:00', 0);

insert into note (talk_id, body, author, created_at, updated_at, version)
values ((select id from talk where slug = 'kubernetes-at-reddit-tales-from-production'),
'- Reddit
- Reddit scale:
    - 500M+ monthly active users
    - 16M+ posts, 2.8B+ votes per month
- Before: 1 cluster per region (3 AZs)
- After: 1 cluster per AZ (3 clusters per region)
- What went well:
    - Cost and latency savings from silo’d AZs.
    - Mirrored clusters have prevented outages.
- What didn’t:
    - More clusters, more admin overhead.',
        'Corey Gale', timestamp with time zone '2019-11-22 09:08:00+00:00', timestamp with time zone '2019-11-22 09:08:00+00:00', 0);
