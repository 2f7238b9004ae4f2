package dev.atlvs.core.guardrails;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.ColumnType;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import org.immutables.value.Value;

/** A throwaway value type whose declaration deliberately disagrees with its table. */
@Value.Immutable
@AtlvsStyle
interface Widget extends TenantEntity {

    enum Size { SMALL, LARGE }

    /** Declares {@code name} as an integer and {@code size} with a value set the table does not allow. */
    Table<Widget, ImmutableWidget.Builder> MISMATCHED = Table
            .tenant("throwaway_widgets", Widget.class, ImmutableWidget::builder, ImmutableWidget.Builder::build)
            .column("name", ColumnType.INTEGER, Widget::name, ImmutableWidget.Builder::name)
            .column("size", ColumnType.enumeration(Size.class), Widget::size, ImmutableWidget.Builder::size)
            .build();

    Integer name();

    Size size();

    interface Builder extends TenantEntity.Builder<Builder> {}
}
