package org.shebao.policyservice.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import org.shebao.policyservice.model.ChangeSetEntity;

@ApplicationScoped
public class ChangeSetRepository implements PanacheRepository<ChangeSetEntity> {
}
