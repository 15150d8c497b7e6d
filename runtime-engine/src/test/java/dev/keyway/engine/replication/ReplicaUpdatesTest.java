package dev.keyway.engine.replication;

import static dev.keyway.engine.Fixtures.s;
import static dev.keyway.engine.replication.Regions.AP;
import static dev.keyway.engine.replication.Regions.EU;
import static dev.keyway.engine.replication.Regions.US;
import static dev.keyway.engine.replication.Regions.addReplica;
import static dev.keyway.engine.replication.Regions.get;
import static dev.keyway.engine.replication.Regions.put;
import static dev.keyway.engine.replication.Regions.removeReplica;
import static dev.keyway.engine.replication.Regions.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyway.engine.Engine;
import dev.keyway.engine.Fixtures;
import dev.keyway.engine.capacity.AutoScalingPolicy;
import dev.keyway.error.ResourceNotFoundException;
import dev.keyway.error.ValidationException;
import dev.keyway.ops.BillingMode;
import dev.keyway.ops.CreateReplicationGroupMemberAction;
import dev.keyway.ops.DeleteTableRequest;
import dev.keyway.ops.DescribeTableRequest;
import dev.keyway.ops.ProvisionedThroughput;
import dev.keyway.ops.ReplicaDescription;
import dev.keyway.ops.ReplicaStatus;
import dev.keyway.ops.ReplicationGroupUpdate;
import dev.keyway.ops.StreamSpecification;
import dev.keyway.ops.StreamViewType;
import dev.keyway.ops.TableDescription;
import dev.keyway.ops.UpdateTableRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** UpdateTable's ReplicaUpdates: replicas created and deleted, DescribeTable's Replicas, errors. */
class ReplicaUpdatesTest {
  final Regions regions = new Regions(US, EU, AP);
  final Engine us = regions.engine(US);
  final Engine eu = regions.engine(EU);

  @AfterEach
  void close() {
    regions.close();
  }

  private static TableDescription describe(Engine engine, String table) {
    return engine.describeTable(new DescribeTableRequest(table)).table();
  }

  @Nested
  class Behaviour {
    @Test
    void aNewReplicaHasTheTablesDefinitionAndItems() {
      us.createTable(table("Shop"));
      put(us, "Shop", "PK", "a", "SK", "1", "name", "first");
      put(us, "Shop", "PK", "b", "SK", "1", "name", "second");

      TableDescription response = us.updateTable(addReplica("Shop", EU)).tableDescription();

      assertThat(response.replicas()).containsExactly(new ReplicaDescription(EU, ReplicaStatus.CREATING, null));
      assertThat(response.globalTableVersion()).isEqualTo("2019.11.21");
      TableDescription replica = describe(eu, "Shop");
      assertThat(replica.keySchema()).isEqualTo(describe(us, "Shop").keySchema());
      assertThat(replica.streamSpecification()).isEqualTo(
          new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES));
      assertThat(replica.itemCount()).isEqualTo(2);
      assertThat(get(eu, "Shop", "a", "1")).containsEntry("name", s("first"));
    }

    @Test
    void aNewReplicaGetsWhatTheOtherReplicasStillOwed() {
      us.createTable(table("Shop"));
      us.updateTable(addReplica("Shop", AP));
      put(regions.engine(AP), "Shop", "PK", "late", "SK", "1", "v", "from-ap"); // not delivered yet

      us.updateTable(addReplica("Shop", EU));
      regions.network.deliver();

      assertThat(get(eu, "Shop", "late", "1")).containsEntry("v", s("from-ap"));
      assertThat(get(us, "Shop", "late", "1")).containsEntry("v", s("from-ap"));
    }

    @Test
    void describeTableShowsTheOtherReplicasOnEveryReplica() {
      regions.globalTable("Shop", US);

      assertThat(describe(us, "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(AP, EU);
      assertThat(describe(eu, "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(AP, US);
      assertThat(describe(regions.engine(AP), "Shop").replicas())
          .containsExactly(new ReplicaDescription(EU, ReplicaStatus.ACTIVE, null),
              new ReplicaDescription(US, ReplicaStatus.ACTIVE, null));
      assertThat(describe(eu, "Shop").globalTableVersion()).isEqualTo("2019.11.21");
    }

    @Test
    void aTableWithoutReplicasShowsNeither() {
      us.createTable(table("Shop"));

      TableDescription d = describe(us, "Shop");
      assertThat(d.replicas()).isNull();
      assertThat(d.globalTableVersion()).isNull();
    }

    @Test
    void deletingAReplicaDropsItsTableAndLeavesTheGroup() {
      regions.globalTable("Shop", US);

      TableDescription response = us.updateTable(removeReplica("Shop", EU)).tableDescription();

      assertThat(response.replicas()).containsExactly(
          new ReplicaDescription(AP, ReplicaStatus.ACTIVE, null),
          new ReplicaDescription(EU, ReplicaStatus.DELETING, null));
      assertThatThrownBy(() -> describe(eu, "Shop")).isInstanceOf(ResourceNotFoundException.class);
      assertThat(describe(us, "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(AP);
      assertThat(describe(regions.engine(AP), "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(US);
    }

    @Test
    void deleteTableOnAReplicaTakesItOutOfTheGroup() {
      regions.globalTable("Shop", US);

      eu.deleteTable(new DeleteTableRequest("Shop"));

      assertThat(describe(us, "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(AP);
      assertThat(describe(regions.engine(AP), "Shop").replicas()).extracting(ReplicaDescription::regionName)
          .containsExactly(US);
    }

    @Test
    void aReplicaCanRemoveTheRegionThatCreatedIt() {
      us.createTable(table("Shop"));
      us.updateTable(addReplica("Shop", EU));

      eu.updateTable(removeReplica("Shop", US));

      assertThatThrownBy(() -> describe(us, "Shop")).isInstanceOf(ResourceNotFoundException.class);
      assertThat(describe(eu, "Shop").replicas()).isNull();
    }

    @Test
    void aProvisionedTableWithWriteAutoScalingMayHaveReplicas() {
      ReplicaNetwork network = ReplicaNetwork.manual();
      try (Engine scaled = Engine.builder().region(US).replicas(network)
              .autoScaling(AutoScalingPolicy.writes("Shop", 5, 100, 70)).build();
          Engine other = Engine.builder().region(EU).replicas(network).build()) {
        scaled.createTable(table("Shop").toBuilder().billingMode(BillingMode.PROVISIONED)
            .provisionedThroughput(new ProvisionedThroughput(5L, 5L)).build());

        scaled.updateTable(addReplica("Shop", EU));

        assertThat(describe(other, "Shop").replicas()).extracting(ReplicaDescription::regionName)
            .containsExactly(US);
      }
    }
  }

  @Nested
  class Validation {
    @Test
    void theLocalRegionIsRefused() {
      us.createTable(table("Shop"));

      assertThatThrownBy(() -> us.updateTable(addReplica("Shop", US)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Cannot add, delete, or update the local region through ReplicaUpdates. "
              + "Use CreateTable, DeleteTable, or UpdateTable as required.");
    }

    @Test
    void aRegionWithoutAnEngineIsRefused() {
      us.createTable(table("Shop"));

      assertThatThrownBy(() -> us.updateTable(addReplica("Shop", "sa-east-1")))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Region sa-east-1 is not "
              + "available: no engine of that region is linked to this one");
    }

    @Test
    void aTableWithoutANewAndOldImagesStreamIsRefused() {
      us.createTable(Fixtures.pkSk("Plain"));
      us.createTable(Fixtures.pkSk("Keys").toBuilder()
          .streamSpecification(new StreamSpecification(true, StreamViewType.KEYS_ONLY)).build());

      for (String name : List.of("Plain", "Keys")) {
        assertThatThrownBy(() -> us.updateTable(addReplica(name, EU)))
            .isInstanceOf(ValidationException.class)
            .hasMessage("One or more parameter values were invalid: Table " + name + " must have "
                + "DynamoDB Streams enabled with StreamViewType NEW_AND_OLD_IMAGES to add a replica");
      }
      assertThatThrownBy(() -> describe(eu, "Plain")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theStreamMayBeEnabledByTheSameRequest() {
      us.createTable(Fixtures.pkSk("Shop"));

      us.updateTable(addReplica("Shop", EU).toBuilder()
          .streamSpecification(new StreamSpecification(true, StreamViewType.NEW_AND_OLD_IMAGES)).build());

      assertThat(describe(eu, "Shop").streamSpecification().streamViewType())
          .isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
    }

    @Test
    void aProvisionedTableWithoutWriteAutoScalingIsRefused() {
      us.createTable(table("Shop").toBuilder().billingMode(BillingMode.PROVISIONED)
          .provisionedThroughput(new ProvisionedThroughput(5L, 5L)).build());

      assertThatThrownBy(() -> us.updateTable(addReplica("Shop", EU)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("Table write capacity should either be Pay-Per-Request or AutoScaled.");
    }

    @Test
    void anExistingReplicaIsNotAddedTwice() {
      us.createTable(table("Shop"));
      us.updateTable(addReplica("Shop", EU));

      assertThatThrownBy(() -> us.updateTable(addReplica("Shop", EU)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Table Shop already has a "
              + "replica in region eu-west-1");
    }

    @Test
    void aTableOfThatNameInTheOtherRegionIsRefused() {
      us.createTable(table("Shop"));
      eu.createTable(table("Shop"));

      assertThatThrownBy(() -> us.updateTable(addReplica("Shop", EU)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Table Shop already exists in "
              + "region eu-west-1");
      assertThat(describe(us, "Shop").replicas()).isNull();
    }

    @Test
    void onlyAReplicaCanBeDeleted() {
      us.createTable(table("Shop"));

      assertThatThrownBy(() -> us.updateTable(removeReplica("Shop", EU)))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: Table Shop has no replica in "
              + "region eu-west-1");
    }

    @Test
    void eachUpdateIsExactlyOneAction() {
      us.createTable(table("Shop"));
      UpdateTableRequest empty = UpdateTableRequest.builder().tableName("Shop")
          .replicaUpdates(List.of(ReplicationGroupUpdate.builder().build())).build();

      assertThatThrownBy(() -> us.updateTable(empty))
          .isInstanceOf(ValidationException.class)
          .hasMessage("One or more parameter values were invalid: One of "
              + "ReplicationGroupUpdate.Create, ReplicationGroupUpdate.Update, "
              + "ReplicationGroupUpdate.Delete must be set, and only one");
    }

    @Test
    void aRegionNameIsRequired() {
      us.createTable(table("Shop"));
      UpdateTableRequest unnamed = UpdateTableRequest.builder().tableName("Shop")
          .replicaUpdates(List.of(ReplicationGroupUpdate.builder()
              .create(CreateReplicationGroupMemberAction.builder().build()).build())).build();

      assertThatThrownBy(() -> us.updateTable(unnamed))
          .isInstanceOf(ValidationException.class)
          .hasMessage("1 validation error detected: Value null at "
              + "'replicaUpdates.1.member.create.regionName' failed to satisfy constraint: "
              + "Member must not be null");
    }

    @Test
    void anUnknownTableIsNotFound() {
      assertThatThrownBy(() -> us.updateTable(addReplica("Nope", EU)))
          .isInstanceOf(ResourceNotFoundException.class)
          .hasMessage("Requested resource not found: Table: Nope not found");
    }
  }
}
